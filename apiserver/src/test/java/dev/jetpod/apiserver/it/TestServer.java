package dev.jetpod.apiserver.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.apiserver.ApiServer;
import dev.jetpod.apiserver.ApiServerConfig;
import dev.jetpod.apiserver.RunningApiServer;
import dev.jetpod.testkit.EtcdProcess;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * One real etcd and one in-process API server shared by the integration test classes of this module (started on
 * first use, stopped when the test JVM exits), plus a small HTTP helper speaking to it over loopback.
 */
public final class TestServer {
    private static TestServer shared;
    public static final int WATCH_WINDOW = 100;

    public final EtcdProcess etcd;
    public final Vertx vertx;
    public final RunningApiServer server;
    public final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    public final ObjectMapper json = new ObjectMapper();

    private TestServer(EtcdProcess etcd, Vertx vertx, RunningApiServer server) {
        this.etcd = etcd;
        this.vertx = vertx;
        this.server = server;
    }

    public static synchronized TestServer shared() {
        if (shared == null) {
            shared = start();
            TestServer s = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(s::stop));
        }
        return shared;
    }

    /** A server of one's own (for tests that take etcd away). */
    public static TestServer start() {
        EtcdProcess etcd = EtcdProcess.startNew();
        Vertx vertx = Vertx.vertx();
        try {
            // a small watch window and frequent bookmarks, so tests can reach "too old" and see BOOKMARKs quickly
            ApiServerConfig config = ApiServerConfig.forTests(etcd.endpoint());
            config = config.withStorage(config.storage().withWatchWindowEvents(WATCH_WINDOW).withBookmarkInterval(Duration.ofSeconds(1)));
            RunningApiServer server = ApiServer.start(vertx, config)
                    .toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
            TestServer s = new TestServer(etcd, vertx, server);
            s.awaitReady();
            return s;
        } catch (Exception e) {
            vertx.close();
            etcd.close();
            throw new IllegalStateException("could not start the API server for tests", e);
        }
    }

    public void stop() {
        try {
            server.close().toCompletionStage().toCompletableFuture().get(15, TimeUnit.SECONDS);
            vertx.close().toCompletionStage().toCompletableFuture().get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the process is ending; etcd below is what must not leak
        } finally {
            etcd.close();
        }
    }

    public void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (call("GET", "/readyz", null, null).code() == 200) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("API server not ready: " + call("GET", "/readyz?verbose", null, null).text());
    }

    /** A fresh namespace for one test, created through the API. */
    public String newNamespace(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Response r = call("POST", "/api/v1/namespaces", "application/json", "{\"metadata\":{\"name\":\"" + name + "\"}}");
        if (r.code() != 201) {
            throw new IllegalStateException("could not create namespace " + name + ": " + r.text());
        }
        return name;
    }

    /** JSON written with single quotes, for readable test bodies. */
    public static String q(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    public static String pod(String name, String image) {
        return q("{'apiVersion':'v1','kind':'Pod','metadata':{'name':'" + name + "','labels':{'app':'web'}},"
                + "'spec':{'containers':[{'name':'c','image':'" + image + "'}]}}");
    }

    public static String configMap(String name, String labelValue) {
        return q("{'apiVersion':'v1','kind':'ConfigMap','metadata':{'name':'" + name + "','labels':{'tier':'" + labelValue + "'}},'data':{'k':'v'}}");
    }

    public static String deployment(String name, int replicas) {
        return q("{'apiVersion':'apps/v1','kind':'Deployment','metadata':{'name':'" + name + "'},'spec':{'replicas':" + replicas
                + ",'selector':{'matchLabels':{'app':'" + name + "'}},'template':{'metadata':{'labels':{'app':'" + name + "'}},"
                + "'spec':{'containers':[{'name':'web','image':'nginx:1','ports':[{'containerPort':80}]}]}}}}");
    }

    public String url() {
        return server.url();
    }

    public Response get(String path) {
        return call("GET", path, null, null);
    }

    public Response post(String path, String jsonBody) {
        return call("POST", path, "application/json", jsonBody);
    }

    public Response put(String path, String jsonBody) {
        return call("PUT", path, "application/json", jsonBody);
    }

    public Response patch(String path, String contentType, String body) {
        return call("PATCH", path, contentType, body);
    }

    public Response delete(String path) {
        return call("DELETE", path, null, null);
    }

    public Response call(String method, String path, String contentType, String body) {
        return call(method, path, contentType, body, null);
    }

    public Response call(String method, String path, String contentType, String body, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""), json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer; {@link #json()} parses the body. */
    public record Response(int code, String text, String contentType, ObjectMapper mapper) {
        public JsonNode json() {
            try {
                return mapper.readTree(text);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + code + "): " + text, e);
            }
        }

        public String at(String pointer) {
            return json().at(pointer).asText();
        }

        @Override
        public String toString() {
            return code + " " + text;
        }
    }
}
