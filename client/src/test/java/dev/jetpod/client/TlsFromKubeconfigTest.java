package dev.jetpod.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.client.blocking.Await;
import dev.jetpod.client.config.KubeconfigLoader;
import io.vertx.core.Vertx;
import io.vertx.core.http.ClientAuth;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS as a kubeconfig describes it: a private CA (inline data), a client certificate and PKCS#1 key (files relative
 * to the kubeconfig), against a loopback TLS server that requires client certificates. Certificates come from the
 * openssl command line, generated fresh for the test.
 */
class TlsFromKubeconfigTest {
    @TempDir
    static Path dir;
    private static Vertx vertx;
    private static ScriptedServer server;

    @BeforeAll
    static void start() throws Exception {
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "1", "-subj", "/CN=jetpod-test-ca");
        issue("server", "/CN=127.0.0.1", "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
        issue("client", "/O=system:masters/CN=jetpod-admin", "extendedKeyUsage=clientAuth\n");
        // kubeadm-style kubeconfigs carry PKCS#1 "RSA PRIVATE KEY" blocks: use that form for the client
        openssl("rsa", "-in", "client.key", "-traditional", "-out", "client-pkcs1.key");
        vertx = Vertx.vertx();
        HttpServerOptions tls = new HttpServerOptions().setSsl(true)
                .setKeyCertOptions(new PemKeyCertOptions().setCertPath(dir.resolve("server.crt").toString()).setKeyPath(dir.resolve("server.key").toString()))
                .setTrustOptions(new PemTrustOptions().addCertPath(dir.resolve("ca.crt").toString()))
                .setClientAuth(ClientAuth.REQUIRED);
        server = new ScriptedServer(vertx, tls);
        server.on("GET /version", req -> {
            String cn;
            try {
                cn = ((X509Certificate) req.connection().peerCertificates().get(0)).getSubjectX500Principal().getName();
            } catch (Exception e) {
                cn = "none";
            }
            req.response().putHeader("Content-Type", "application/json").end("{\"peer\":\"" + cn + "\"}");
        });
    }

    @AfterAll
    static void stop() {
        server.close();
        Await.result(vertx.close());
    }

    private static void issue(String name, String subject, String ext) throws Exception {
        Files.writeString(dir.resolve(name + ".ext"), ext);
        // EC keys are quick to make; the client's is RSA so that it can be written as PKCS#1 below
        List<String> req = new ArrayList<>(List.of("req", "-nodes", "-keyout", name + ".key", "-out", name + ".csr", "-subj", subject));
        req.addAll(name.equals("client") ? List.of("-newkey", "rsa:2048") : List.of("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"));
        openssl(req.toArray(String[]::new));
        openssl("x509", "-req", "-in", name + ".csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-out", name + ".crt",
                "-days", "1", "-extfile", name + ".ext");
    }

    private static void openssl(String... args) throws Exception {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "openssl";
        System.arraycopy(args, 0, cmd, 1, args.length);
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("openssl " + String.join(" ", args) + " failed: " + out);
        }
    }

    private static KubeClient clientFrom(String clusterExtra, String userBlock) throws IOException {
        Path cfg = dir.resolve("kubeconfig-" + System.nanoTime());
        Files.writeString(cfg, """
                apiVersion: v1
                kind: Config
                clusters:
                - name: tls
                  cluster:
                    server: %s
                %s
                users:
                - name: admin
                  user:
                %s
                contexts:
                - name: tls
                  context: {cluster: tls, user: admin}
                current-context: tls
                """.formatted(server.url("https"), clusterExtra, userBlock));
        return KubeClient.create(vertx, new KubeconfigLoader(new KubeconfigLoader.Environment(cfg, null, dir, dir)).load().clientConfig(null));
    }

    private static String caData() throws IOException {
        return "    certificate-authority-data: " + Base64.getEncoder().encodeToString(Files.readAllBytes(dir.resolve("ca.crt")));
    }

    private static final String CLIENT_FILES = "    client-certificate: client.crt\n    client-key: client-pkcs1.key";

    @Test
    void connectsWithTheClustersCaAndPresentsTheClientCertificate() throws IOException {
        try (KubeClient c = clientFrom(caData(), CLIENT_FILES)) {
            RawResponse r = c.blocking().get("/version", null);
            assertEquals("{\"peer\":\"CN=jetpod-admin,O=system:masters\"}", r.bodyAsString());
        }
    }

    @Test
    void insecureSkipVerifyStillPresentsTheClientCertificate() throws IOException {
        try (KubeClient c = clientFrom("    insecure-skip-tls-verify: true", CLIENT_FILES)) {
            assertTrue(c.blocking().get("/version", null).bodyAsString().contains("jetpod-admin"));
        }
    }

    @Test
    void anUntrustedServerIsRefusedWithAOneLineReason() throws IOException {
        try (KubeClient c = clientFrom("", CLIENT_FILES)) {
            ApiConnectionException e = assertThrows(ApiConnectionException.class, () -> c.blocking().get("/version", null));
            assertEquals("cannot reach the apiserver at " + server.url("https") + ": TLS handshake failed: certificate signed by unknown authority",
                    e.getMessage());
        }
    }

    @Test
    void withoutAClientCertificateTheServerHangsUp() throws IOException {
        try (KubeClient c = clientFrom(caData(), "    token: not-enough")) {
            ApiConnectionException e = assertThrows(ApiConnectionException.class, () -> c.blocking().get("/version", null));
            assertTrue(e.getMessage().contains(server.url("https")), e.getMessage());
        }
    }
}
