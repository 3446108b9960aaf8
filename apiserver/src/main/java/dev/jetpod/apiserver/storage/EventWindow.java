package dev.jetpod.apiserver.storage;

import dev.jetpod.api.meta.KubeObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The most recent events of one resource type, in revision order, in a ring buffer of fixed capacity. A watch that
 * resumes from a revision inside the window is replayed from here; an older one is too old (410 Expired).
 * Not thread-safe: the watch cache guards it with its lock.
 */
final class EventWindow<T extends KubeObject<T>> {
    private final CacheEvent<T>[] ring;
    private int head;
    private int size;
    private long startRevision;

    @SuppressWarnings("unchecked")
    EventWindow(int capacity) {
        this.ring = (CacheEvent<T>[]) new CacheEvent<?>[capacity];
    }

    /** Every event after this revision is in the window. */
    long startRevision() {
        return startRevision;
    }

    int size() {
        return size;
    }

    /** Forgets all events; the window now starts at {@code revision} (a fresh list). */
    void reset(long revision) {
        java.util.Arrays.fill(ring, null);
        head = 0;
        size = 0;
        startRevision = revision;
    }

    void add(CacheEvent<T> event) {
        if (size == ring.length) {
            startRevision = ring[head].revision();
            ring[head] = null;
            head = (head + 1) % ring.length;
            size--;
        }
        ring[(head + size) % ring.length] = event;
        size++;
    }

    /** The events with a revision greater than {@code revision}, oldest first. */
    List<CacheEvent<T>> after(long revision) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (at(mid).revision() <= revision) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<CacheEvent<T>> out = new ArrayList<>(size - lo);
        for (int i = lo; i < size; i++) {
            out.add(at(i));
        }
        return out;
    }

    private CacheEvent<T> at(int i) {
        return ring[(head + i) % ring.length];
    }
}
