package dev.jetpod.apiserver.storage;

import dev.jetpod.api.meta.KubeObject;
import io.etcd.jetcd.ByteSequence;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes this apiserver is making, handed from the write path to the watch cache: when the etcd watch delivers a
 * change of that key carrying exactly the bytes this server wrote, the cache takes the object it already has instead of
 * decoding the value again. The write path registers its write before sending the transaction (etcd's watch event may
 * arrive before the transaction's answer) and withdraws it if the transaction fails. Matching on the key and the whole
 * value keeps this correct whoever wrote the change: another apiserver writing the same bytes to the same key stores
 * the same object. Anything else finds nothing here and is decoded as before.
 */
final class OwnWrites<T extends KubeObject<T>> {
    /** Far more entries than writes in flight means their events never came (a re-list meanwhile): start afresh. */
    private static final int MAX_ENTRIES = 4096;

    private final ConcurrentHashMap<String, Expected<T>> byKey = new ConcurrentHashMap<>();

    /** What one write puts under its key: the value as sent, the same bytes as an array, and the object they encode. */
    record Expected<T extends KubeObject<T>>(ByteSequence value, byte[] bytes, T object) {
    }

    /** The write path, before sending: {@code value} (which encodes {@code object}) is about to be written under {@code key}. */
    Expected<T> expect(String key, ByteSequence value, byte[] bytes, T object) {
        if (byKey.size() >= MAX_ENTRIES) {
            byKey.clear();
        }
        Expected<T> e = new Expected<>(value, bytes, object);
        byKey.put(key, e);
        return e;
    }

    /** The write path, when its transaction did not write: nothing with those bytes will come. */
    void withdraw(String key, Expected<T> e) {
        byKey.remove(key, e);
    }

    /** The cache's thread: what this server wrote under {@code key} if {@code value} is exactly that, else null. */
    Expected<T> take(String key, ByteSequence value) {
        Expected<T> e = byKey.get(key);
        if (e == null || !e.value().equals(value)) {
            return null;
        }
        byKey.remove(key, e);
        return e;
    }
}
