package dev.jetpod.client;

import dev.jetpod.client.blocking.Await;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerOptions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback HTTP server that answers each "METHOD path" with a scripted handler and records what it received:
 * for checking the exact requests the client sends and its handling of answers a real apiserver rarely gives.
 * Behaviour against the real apiserver is tested in the *IT classes.
 */
public final class ScriptedServer implements AutoCloseable {
    record Received(String method, String uri, String path, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final Map<String, Handler<HttpServerRequest>> routes = new ConcurrentHashMap<>();
    final List<Received> received = new CopyOnWriteArrayList<>();

    public ScriptedServer(Vertx vertx) {
        this(vertx, new HttpServerOptions());
    }

    ScriptedServer(Vertx vertx, HttpServerOptions options) {
        server = vertx.createHttpServer(options.setHost("127.0.0.1").setPort(0)).requestHandler(req -> req.body().onSuccess(body -> {
            Map<String, String> h = new ConcurrentHashMap<>();
            req.headers().forEach(e -> h.put(e.getKey().toLowerCase(java.util.Locale.ROOT), e.getValue()));
            received.add(new Received(req.method().name(), req.uri(), req.path(), h, body.toString()));
            Handler<HttpServerRequest> route = routes.get(req.method().name() + " " + req.path());
            if (route == null) {
                req.response().setStatusCode(599).end("no script for " + req.method() + " " + req.path());
            } else {
                route.handle(req);
            }
        }));
        Await.result(server.listen());
    }

    public ScriptedServer on(String methodAndPath, Handler<HttpServerRequest> h) {
        routes.put(methodAndPath, h);
        return this;
    }

    /** Answers with a status code and a JSON body. */
    ScriptedServer json(String methodAndPath, int code, String body) {
        return on(methodAndPath, r -> r.response().setStatusCode(code).putHeader("Content-Type", "application/json").end(body));
    }

    int port() {
        return server.actualPort();
    }

    public String url(String scheme) {
        return scheme + "://127.0.0.1:" + port();
    }

    Received last() {
        return received.get(received.size() - 1);
    }

    @Override
    public void close() {
        Await.result(server.close());
    }
}
