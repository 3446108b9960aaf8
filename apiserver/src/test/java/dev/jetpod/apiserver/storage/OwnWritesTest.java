package dev.jetpod.apiserver.storage;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.meta.ObjectMeta;
import io.etcd.jetcd.ByteSequence;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OwnWritesTest {
    private final OwnWrites<ConfigMap> writes = new OwnWrites<>();
    private final ConfigMap object = ConfigMap.of(ObjectMeta.named("ns", "a"), Map.of("k", "v"));

    private static ByteSequence bytes(String s) {
        return ByteSequence.from(s, StandardCharsets.UTF_8);
    }

    @Test
    void aChangeWithTheBytesThisServerWroteIsTakenOnce() {
        OwnWrites.Expected<ConfigMap> e = writes.expect("/k", bytes("{\"v\":1}"), "{\"v\":1}".getBytes(StandardCharsets.UTF_8), object);
        assertSame(e, writes.take("/k", bytes("{\"v\":1}")));
        assertNull(writes.take("/k", bytes("{\"v\":1}")));
    }

    @Test
    void otherBytesOrAnotherKeyFindNothing() {
        writes.expect("/k", bytes("{\"v\":1}"), new byte[0], object);
        // another writer changed the key meanwhile: its value must be decoded
        assertNull(writes.take("/k", bytes("{\"v\":2}")));
        assertNull(writes.take("/other", bytes("{\"v\":1}")));
    }

    @Test
    void aWithdrawnWriteIsForgottenButNotALaterOneOfTheSameKey() {
        OwnWrites.Expected<ConfigMap> first = writes.expect("/k", bytes("1"), new byte[0], object);
        writes.withdraw("/k", first);
        assertNull(writes.take("/k", bytes("1")));
        OwnWrites.Expected<ConfigMap> second = writes.expect("/k", bytes("2"), new byte[0], object);
        writes.withdraw("/k", first);
        assertSame(second, writes.take("/k", bytes("2")));
    }
}
