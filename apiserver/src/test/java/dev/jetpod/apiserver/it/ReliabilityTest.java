package dev.jetpod.apiserver.it;

import static dev.jetpod.apiserver.it.TestServer.configMap;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.apiserver.it.TestServer.Response;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Faults: etcd going away under load and coming back; the apiserver killed with SIGKILL in a create burst. */
class ReliabilityTest {

    @Test
    void etcdOutageAnswers503AndTheServerRecoversByItself() throws Exception {
        TestServer own = TestServer.start();
        try {
            String ns = own.newNamespace("outage");
            String cms = "/api/v1/namespaces/" + ns + "/configmaps";
            AtomicBoolean stop = new AtomicBoolean();
            Set<Integer> codes = ConcurrentHashMap.newKeySet();
            Set<String> unexpected = ConcurrentHashMap.newKeySet();
            AtomicInteger n = new AtomicInteger();
            ExecutorService load = Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++) {
                load.submit(() -> {
                    while (!stop.get()) {
                        Response r = own.post(cms, configMap("load-" + n.incrementAndGet(), "a"));
                        codes.add(r.code());
                        if (r.code() != 201 && r.code() != 503) {
                            unexpected.add(r.text());
                        }
                    }
                    return null;
                });
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> codes.contains(201));
            own.etcd.stop();
            await().atMost(Duration.ofSeconds(30)).until(() -> codes.contains(503));
            Response down = own.post(cms, configMap("while-down", "a"));
            assertEquals(503, down.code(), down.text());
            assertEquals("ServiceUnavailable", down.at("/reason"));
            assertEquals(500, own.get("/readyz").code());
            stop.set(true);
            load.shutdown();
            assertTrue(load.awaitTermination(60, TimeUnit.SECONDS));
            assertTrue(codes.stream().allMatch(c -> c == 201 || c == 503), "only successes or unavailability: " + codes + " " + unexpected);

            own.etcd.start();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> own.post(cms, configMap("after-" + n.incrementAndGet(), "a")).code() == 201);
            await().atMost(Duration.ofSeconds(30)).until(() -> own.get("/readyz").code() == 200);
        } finally {
            own.stop();
        }
    }

    @Test
    void everyCreateAnswered201SurvivesAKill9() throws Exception {
        TestServer shared = TestServer.shared();
        String ns = shared.newNamespace("kill");
        ChildApiServer child = ChildApiServer.start(shared.etcd.endpoint());
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger n = new AtomicInteger();
        ExecutorService burst = Executors.newFixedThreadPool(8);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            for (int t = 0; t < 8; t++) {
                burst.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        String name = "k-" + n.incrementAndGet();
                        HttpRequest req = HttpRequest.newBuilder(URI.create(child.url + "/api/v1/namespaces/" + ns + "/configmaps"))
                                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(configMap(name, "a"))).build();
                        try {
                            if (http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 201) {
                                acknowledged.add(name);
                            }
                        } catch (Exception e) {
                            return null; // the server is gone
                        }
                    }
                    return null;
                });
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 50);
            child.kill9();
            burst.shutdown();
            assertTrue(burst.awaitTermination(60, TimeUnit.SECONDS));
        } finally {
            child.kill9();
        }
        ChildApiServer again = ChildApiServer.start(shared.etcd.endpoint());
        try {
            for (String name : acknowledged) {
                HttpRequest get = HttpRequest.newBuilder(URI.create(again.url + "/api/v1/namespaces/" + ns + "/configmaps/" + name)).GET().build();
                assertEquals(200, http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode(), name + " was answered 201 but is gone");
            }
        } finally {
            again.kill9();
        }
    }

    /** The apiserver as its own JVM (the test classpath), stopped only by its PID. */
    static final class ChildApiServer {
        final Process process;
        final String url;

        private ChildApiServer(Process process, String url) {
            this.process = process;
            this.url = url;
        }

        static ChildApiServer start(String etcd) throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    "dev.jetpod.apiserver.Main", "--etcd-servers", etcd, "--bind-address", "127.0.0.1", "--port", "0"))
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String url = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            String line;
            while (url == null && System.nanoTime() < deadline && (line = out.readLine()) != null) {
                int at = line.indexOf("listening on ");
                if (at >= 0) {
                    url = line.substring(at + "listening on ".length()).trim();
                }
            }
            if (url == null) {
                p.destroyForcibly();
                throw new IllegalStateException("the child apiserver did not start");
            }
            Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "child-apiserver-output");
            drain.setDaemon(true);
            drain.start();
            ChildApiServer c = new ChildApiServer(p, url);
            String readyz = url + "/readyz";
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                try {
                    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(readyz)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (Exception e) {
                    return false;
                }
            });
            return c;
        }

        void kill9() throws InterruptedException {
            if (process.isAlive()) {
                process.destroyForcibly(); // SIGKILL for this PID only
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
