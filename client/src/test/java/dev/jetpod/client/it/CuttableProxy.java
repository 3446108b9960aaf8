package dev.jetpod.client.it;

import dev.jetpod.client.blocking.Await;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP relay to the API server that a test can cut (all connections dropped, new ones refused) and
 * restore: a network partition between one client and the server, while others still reach it.
 */
final class CuttableProxy implements AutoCloseable {
    private final NetServer server;
    private final NetClient upstream;
    private final Set<NetSocket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    CuttableProxy(Vertx vertx, int targetPort) {
        upstream = vertx.createNetClient();
        server = vertx.createNetServer().connectHandler(in -> {
            if (cut) {
                in.close();
                return;
            }
            in.pause();
            upstream.connect(targetPort, "127.0.0.1").onComplete(ar -> {
                if (ar.failed() || cut) {
                    in.close();
                    if (ar.succeeded()) {
                        ar.result().close();
                    }
                    return;
                }
                NetSocket out = ar.result();
                open.add(in);
                open.add(out);
                in.closeHandler(v -> {
                    open.remove(in);
                    out.close();
                });
                out.closeHandler(v -> {
                    open.remove(out);
                    in.close();
                });
                in.pipeTo(out);
                out.pipeTo(in);
                in.resume();
            });
        });
        Await.result(server.listen(0, "127.0.0.1"));
    }

    String url() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    void cut() {
        cut = true;
        open.forEach(NetSocket::close);
    }

    void restore() {
        cut = false;
    }

    @Override
    public void close() {
        cut();
        Await.result(server.close());
        Await.result(upstream.close());
    }
}
