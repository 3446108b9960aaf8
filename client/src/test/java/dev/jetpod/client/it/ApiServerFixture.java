package dev.jetpod.client.it;

import dev.jetpod.api.core.v1.Namespace;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.apiserver.ApiServer;
import dev.jetpod.apiserver.ApiServerConfig;
import dev.jetpod.apiserver.RunningApiServer;
import dev.jetpod.client.ClientConfig;
import dev.jetpod.client.KubeClient;
import dev.jetpod.client.blocking.Await;
import dev.jetpod.testkit.EtcdProcess;
import io.etcd.jetcd.Client;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real etcd and an in-process API server on a fixed loopback port (so it can be restarted in place), plus a client.
 * One per test class; {@link #close()} stops what it started.
 */
final class ApiServerFixture implements AutoCloseable {
    private static final AtomicInteger NAMESPACES = new AtomicInteger();

    final EtcdProcess etcd;
    final Vertx vertx;
    final int port;
    final KubeClient client;
    private RunningApiServer server;

    ApiServerFixture() {
        etcd = EtcdProcess.startNew();
        vertx = Vertx.vertx();
        port = EtcdProcess.freePorts(1)[0];
        try {
            startServer();
        } catch (RuntimeException e) {
            Await.result(vertx.close());
            etcd.close();
            throw e;
        }
        client = KubeClient.create(vertx, ClientConfig.forServer(url()));
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    void startServer() {
        server = Await.result(ApiServer.start(vertx, ApiServerConfig.of(List.of(etcd.endpoint()), "127.0.0.1", port)));
    }

    void stopServer() {
        Await.result(server.close());
    }

    /** A fresh namespace, so test methods sharing the server do not see each other's objects. */
    String newNamespace(String prefix) {
        String name = prefix + "-" + NAMESPACES.incrementAndGet();
        client.blocking().resource(Resources.NAMESPACES).create(Namespace.of(ObjectMeta.named(name)));
        return name;
    }

    /** Compacts etcd's history up to its current revision: older resourceVersions become unreachable (410). */
    void compactEtcd() throws Exception {
        try (Client c = Client.builder().endpoints(etcd.endpoint()).build()) {
            long rev = c.getKVClient().get(io.etcd.jetcd.ByteSequence.from("/", java.nio.charset.StandardCharsets.UTF_8)).get().getHeader().getRevision();
            c.getKVClient().compact(rev).get();
        }
    }

    @Override
    public void close() {
        try {
            client.close();
            stopServer();
            Await.result(vertx.close());
        } finally {
            etcd.close();
        }
    }
}
