package dev.jetpod.apiserver.it;

import static dev.jetpod.apiserver.it.TestServer.configMap;
import static dev.jetpod.apiserver.it.TestServer.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Watch framing: one JSON frame per line, flushed per event; resourceVersion semantics; 410 for too old. */
class WatchTest {
    static TestServer s;
    static String ns;
    static String cms;

    @BeforeAll
    static void start() {
        s = TestServer.shared();
        ns = s.newNamespace("watch");
        cms = "/api/v1/namespaces/" + ns + "/configmaps";
    }

    /** An open watch stream read line by line, as client-java reads it. */
    static final class Stream implements AutoCloseable {
        final HttpResponse<InputStream> response;
        final BufferedReader lines;

        Stream(String path) throws Exception {
            HttpRequest req = HttpRequest.newBuilder(URI.create(s.url() + path)).timeout(Duration.ofSeconds(60)).GET().build();
            response = s.http.send(req, HttpResponse.BodyHandlers.ofInputStream());
            lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        }

        /** The next frame, or null at the end of the stream; fails instead of hanging if nothing comes for 30 s. */
        JsonNode next() throws Exception {
            String line = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return lines.readLine();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).get(30, java.util.concurrent.TimeUnit.SECONDS);
            return line == null ? null : s.json.readTree(line);
        }

        @Override
        public void close() throws Exception {
            response.body().close();
        }
    }

    @Test
    void changesAfterAResourceVersionArriveAsFrames() throws Exception {
        String rv = s.get(cms).at("/metadata/resourceVersion");
        try (Stream w = new Stream(cms + "?watch=true&resourceVersion=" + rv)) {
            assertEquals(200, w.response.statusCode());
            assertTrue(w.response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            s.post(cms, configMap("w1", "a"));
            s.patch(cms + "/w1", "application/merge-patch+json", q("{'data':{'k':'v2'}}"));
            s.delete(cms + "/w1");
            JsonNode added = w.next();
            assertEquals("ADDED", added.at("/type").asText());
            assertEquals("w1", added.at("/object/metadata/name").asText());
            assertEquals("ConfigMap", added.at("/object/kind").asText());
            JsonNode modified = w.next();
            assertEquals("MODIFIED", modified.at("/type").asText());
            assertEquals("v2", modified.at("/object/data/k").asText());
            assertEquals("DELETED", w.next().at("/type").asText());
        }
    }

    @Test
    void singleObjectWatchAsKubectlStartsWithSyntheticAdded() throws Exception {
        s.post(cms, configMap("one", "a"));
        s.post(cms, configMap("other", "a"));
        try (Stream w = new Stream(cms + "?watch=1&resourceVersion=0&fieldSelector=metadata.name%3Done")) {
            JsonNode first = w.next();
            assertEquals("ADDED", first.at("/type").asText());
            assertEquals("one", first.at("/object/metadata/name").asText());
            s.patch(cms + "/other", "application/merge-patch+json", q("{'data':{'x':'1'}}"));
            s.delete(cms + "/one");
            JsonNode next = w.next();
            assertEquals("DELETED", next.at("/type").asText(), "the other object's change is filtered out");
            assertEquals("one", next.at("/object/metadata/name").asText());
        }
    }

    @Test
    void legacyWatchPathAndTimeoutWithoutBookmarks() throws Exception {
        String rv = s.get(cms).at("/metadata/resourceVersion");
        try (Stream w = new Stream("/api/v1/watch/namespaces/" + ns + "/configmaps?timeoutSeconds=3&resourceVersion=" + rv)) {
            assertEquals(200, w.response.statusCode());
            JsonNode end = w.next();
            assertEquals(null, end, "no BOOKMARK unless asked for; the stream ends cleanly after timeoutSeconds");
        }
    }

    @Test
    void bookmarksWhenAllowed() throws Exception {
        String rv = s.get(cms).at("/metadata/resourceVersion");
        try (Stream w = new Stream(cms + "?watch=true&allowWatchBookmarks=true&timeoutSeconds=20&resourceVersion=" + rv)) {
            JsonNode b = w.next();
            assertEquals("BOOKMARK", b.at("/type").asText(), b.toString());
            assertEquals("ConfigMap", b.at("/object/kind").asText());
            assertTrue(!b.at("/object/metadata/resourceVersion").asText().isEmpty());
            assertTrue(b.at("/object/metadata/name").isMissingNode(), "a bookmark carries only the resourceVersion");
        }
    }

    @Test
    void tooOldResourceVersionIsExpired() throws Exception {
        String old = s.get(cms).at("/metadata/resourceVersion");
        // push more changes through the watch cache than its window keeps
        s.post(cms, configMap("churn", "a"));
        for (int i = 0; i <= TestServer.WATCH_WINDOW; i++) {
            s.patch(cms + "/churn", "application/merge-patch+json", q("{'data':{'n':'" + i + "'}}"));
        }
        try (Stream w = new Stream(cms + "?watch=true&resourceVersion=" + old)) {
            if (w.response.statusCode() == 410) {
                return; // the watch could not even start: a plain 410 is also what Kubernetes clients handle
            }
            assertEquals(200, w.response.statusCode());
            JsonNode error = w.next();
            assertEquals("ERROR", error.at("/type").asText(), error.toString());
            assertEquals("Status", error.at("/object/kind").asText());
            assertEquals(410, error.at("/object/code").asInt());
            assertEquals("Expired", error.at("/object/reason").asText());
            assertEquals(null, w.next(), "the stream closes after the ERROR frame");
        }
    }
}
