package dev.jetpod.apiserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jetpod.testkit.EtcdProcess;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JetcdSmokeTest {
    @Test
    void putAndGet() throws Exception {
        try (EtcdProcess etcd = EtcdProcess.startNew(); Client c = Client.builder().endpoints(etcd.endpoint()).build()) {
            ByteSequence k = ByteSequence.from("/a", StandardCharsets.UTF_8);
            c.getKVClient().put(k, ByteSequence.from("b", StandardCharsets.UTF_8)).get();
            assertEquals("b", c.getKVClient().get(k).get().getKvs().get(0).getValue().toString(StandardCharsets.UTF_8));
        }
    }
}
