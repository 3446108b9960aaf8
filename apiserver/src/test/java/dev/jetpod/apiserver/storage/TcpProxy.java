package dev.jetpod.apiserver.storage;

import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP proxy in front of etcd, so a test can cut the apiserver off from etcd (a partition) while other
 * clients still reach etcd directly.
 */
final class TcpProxy implements AutoCloseable {
    private final NetServer server;
    private final NetClient client;
    private final Set<NetSocket> sockets = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    TcpProxy(Vertx vertx, int targetPort) {
        client = vertx.createNetClient();
        server = vertx.createNetServer().connectHandler(in -> {
            if (cut) {
                in.close();
                return;
            }
            in.pause();
            client.connect(targetPort, "127.0.0.1").onComplete(ar -> {
                if (ar.failed() || cut) {
                    in.close();
                    return;
                }
                NetSocket out = ar.result();
                sockets.add(in);
                sockets.add(out);
                in.handler(out::write);
                out.handler(in::write);
                in.closeHandler(v -> out.close());
                out.closeHandler(v -> in.close());
                in.resume();
            });
        });
        StorageFixture.await(server.listen(0, "127.0.0.1"));
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    /** Drops every connection and refuses new ones until {@link #restore()}. */
    void cut() {
        cut = true;
        sockets.forEach(NetSocket::close);
        sockets.clear();
    }

    void restore() {
        cut = false;
    }

    @Override
    public void close() {
        cut();
        server.close();
        client.close();
    }
}
