package dev.jetpod.client.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.client.ClientConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubeconfigLoaderTest {
    @TempDir
    Path dir;

    private Path write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static String config(String cluster, String server, String context, String current, String namespace) {
        return """
                apiVersion: v1
                kind: Config
                clusters:
                - name: %1$s
                  cluster:
                    server: %2$s
                users:
                - name: %1$s-user
                  user:
                    token: tok-%1$s
                contexts:
                - name: %3$s
                  context:
                    cluster: %1$s
                    user: %1$s-user
                    namespace: %5$s
                current-context: %4$s
                """.formatted(cluster, server, context, current, namespace);
    }

    private KubeconfigLoader loader(Path explicit, String kubeconfigVar) {
        return new KubeconfigLoader(new KubeconfigLoader.Environment(explicit, kubeconfigVar, dir.resolve("jetpod-home"), dir.resolve("home")));
    }

    @Test
    void readsWhatJetpodUpWritesByDefault() throws IOException {
        write("jetpod-home/kubeconfig", config("jetpod", "http://127.0.0.1:6443", "jetpod", "jetpod", "default"));
        write("home/.kube/config", config("kube", "https://10.0.0.1:6443", "kube", "kube", "other"));
        LoadedKubeconfig k = loader(null, null).load();
        ClientConfig c = k.clientConfig(null);
        assertEquals("http://127.0.0.1:6443", c.serverDisplay());
        assertEquals("default", c.namespace());
        assertEquals("Bearer tok-jetpod", c.credentials().authorizationHeader());
        assertEquals(List.of(dir.resolve("jetpod-home/kubeconfig")), k.files());
    }

    @Test
    void fallsBackToKubectlsConfigThenFailsClearly() throws IOException {
        write("home/.kube/config", config("kube", "https://10.0.0.1:6443", "kube", "kube", "other"));
        assertEquals("other", loader(null, null).load().namespace(null));
        Files.delete(dir.resolve("home/.kube/config"));
        KubeconfigException e = assertThrows(KubeconfigException.class, () -> loader(null, null).load());
        assertTrue(e.getMessage().contains("no kubeconfig found") && e.getMessage().contains("./jetpod up"), e.getMessage());
    }

    @Test
    void anExplicitPathWinsAndMustExist() throws IOException {
        write("jetpod-home/kubeconfig", config("jetpod", "http://127.0.0.1:6443", "jetpod", "jetpod", "default"));
        Path x = write("x/cfg", config("x", "http://127.0.0.1:7000", "x", "x", "xns"));
        assertEquals(7000, loader(x, "ignored").load().clientConfig(null).port());
        KubeconfigException e = assertThrows(KubeconfigException.class, () -> loader(dir.resolve("missing"), null).load());
        assertEquals("kubeconfig " + dir.resolve("missing") + " does not exist", e.getMessage());
    }

    @Test
    void kubeconfigVariableMergesFirstDefinitionWins() throws IOException {
        Path one = write("one", config("shared", "http://127.0.0.1:1111", "ctx-one", "", "ns-one"));
        Path two = write("two", config("shared", "http://127.0.0.1:2222", "ctx-two", "ctx-two", "ns-two")
                + "");
        String var = one + ":" + dir.resolve("does-not-exist") + "::" + two;
        LoadedKubeconfig k = loader(null, var).load();
        assertEquals(List.of(one, two), k.files());
        assertEquals("ctx-two", k.contextName(null), "first non-empty current-context");
        assertEquals(1111, k.clientConfig(null).port(), "cluster 'shared' from the first file that defines it");
        assertEquals("ns-two", k.namespace(null));
        assertEquals("ns-one", k.namespace("ctx-one"));
        assertEquals(one, loader(null, var).writeTarget());
    }

    @Test
    void resolvesDataFieldsAndPathsRelativeToTheFile() throws IOException {
        byte[] ca = "-----BEGIN CERTIFICATE-----\nca\n-----END CERTIFICATE-----\n".getBytes(StandardCharsets.UTF_8);
        write("cfgdir/pki/client.crt", "CERT");
        write("cfgdir/pki/client.key", "KEY");
        write("cfgdir/token", "  secret-token\n");
        Path cfg = write("cfgdir/config", """
                apiVersion: v1
                kind: Config
                clusters:
                - name: c
                  cluster:
                    server: https://127.0.0.1:6443/prefix/
                    certificate-authority-data: %s
                users:
                - name: u
                  user:
                    client-certificate: pki/client.crt
                    client-key: pki/client.key
                    tokenFile: token
                    extensions-we-do-not-know: {a: 1}
                contexts:
                - name: c
                  context: {cluster: c, user: u}
                current-context: c
                preferences: {colors: true}
                """.formatted(Base64.getEncoder().encodeToString(ca)));
        ClientConfig c = loader(cfg, null).load().clientConfig(null);
        assertTrue(c.isHttps());
        assertEquals("/prefix", c.pathPrefix());
        assertArrayEquals(ca, c.tls().caPem());
        assertArrayEquals("CERT".getBytes(StandardCharsets.UTF_8), c.tls().clientCertificatePem());
        assertArrayEquals("KEY".getBytes(StandardCharsets.UTF_8), c.tls().clientKeyPem());
        assertEquals("Bearer secret-token", c.credentials().authorizationHeader());
        assertEquals("default", c.namespace(), "a context without a namespace means default");
    }

    @Test
    void basicAuthAndInsecure() throws IOException {
        Path cfg = write("basic", """
                clusters:
                - name: c
                  cluster: {server: "https://127.0.0.1:6443", insecure-skip-tls-verify: true}
                users:
                - name: u
                  user: {username: admin, password: "p:w"}
                contexts:
                - name: c
                  context: {cluster: c, user: u}
                current-context: c
                """);
        ClientConfig c = loader(cfg, null).load().clientConfig(null);
        assertTrue(c.tls().insecureSkipVerify());
        assertNull(c.tls().caPem());
        assertEquals("Basic " + Base64.getEncoder().encodeToString("admin:p:w".getBytes(StandardCharsets.UTF_8)), c.credentials().authorizationHeader());
    }

    @Test
    void namesWhatIsMissingOrUnsupported() throws IOException {
        Path cfg = write("broken", """
                clusters:
                - name: c
                  cluster: {server: "https://127.0.0.1:6443", insecure-skip-tls-verify: true, certificate-authority: /nonexistent/ca.crt}
                - name: noserver
                  cluster: {}
                - name: ok
                  cluster: {server: "https://127.0.0.1:6443"}
                users:
                - name: plugin
                  user:
                    exec: {command: aws, apiVersion: client.authentication.k8s.io/v1}
                - name: halfcert
                  user: {client-certificate-data: Q0VSVA==}
                contexts:
                - {name: no-cluster, context: {cluster: nope}}
                - {name: no-user, context: {cluster: c, user: nobody}}
                - {name: exec, context: {cluster: noserver, user: plugin}}
                - {name: insecure-ca, context: {cluster: c}}
                - {name: half, context: {cluster: ok, user: halfcert}}
                """);
        LoadedKubeconfig k = loader(cfg, null).load();
        assertEquals("no current context in " + cfg + "; choose one with --context or 'jctl config use-context NAME'",
                assertThrows(KubeconfigException.class, () -> k.clientConfig(null)).getMessage());
        assertEquals("context \"x\" not found in " + cfg, assertThrows(KubeconfigException.class, () -> k.clientConfig("x")).getMessage());
        assertEquals("cluster \"nope\" of context \"no-cluster\" not found in " + cfg,
                assertThrows(KubeconfigException.class, () -> k.clientConfig("no-cluster")).getMessage());
        assertEquals("user \"nobody\" of context \"no-user\" not found in " + cfg,
                assertThrows(KubeconfigException.class, () -> k.clientConfig("no-user")).getMessage());
        assertEquals("cluster \"noserver\" has no server address", assertThrows(KubeconfigException.class, () -> k.clientConfig("exec")).getMessage());
        assertTrue(assertThrows(KubeconfigException.class, () -> k.clientConfig("insecure-ca")).getMessage()
                .startsWith("could not read certificate-authority of cluster \"c\" from /nonexistent/ca.crt: no such file"));
        assertEquals("user \"halfcert\" has a client certificate without a key",
                assertThrows(KubeconfigException.class, () -> k.clientConfig("half")).getMessage());
    }

    @Test
    void reportsMalformedYamlWithTheFileName() throws IOException {
        Path cfg = write("bad", "clusters: [ {name: c, cluster: {server: x}\n");
        KubeconfigException e = assertThrows(KubeconfigException.class, () -> loader(cfg, null).load());
        assertTrue(e.getMessage().startsWith("could not read kubeconfig " + cfg + ": "), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line");
    }

    @Test
    void execPluginsAreRefusedClearly() throws IOException {
        Path cfg = write("exec", """
                clusters: [{name: c, cluster: {server: "https://127.0.0.1:6443"}}]
                users: [{name: plugin, user: {exec: {command: aws}}}]
                contexts: [{name: c, context: {cluster: c, user: plugin}}]
                current-context: c
                """);
        KubeconfigException e = assertThrows(KubeconfigException.class, () -> loader(cfg, null).load().clientConfig(null));
        assertTrue(e.getMessage().contains("credential plugin"), e.getMessage());
    }
}
