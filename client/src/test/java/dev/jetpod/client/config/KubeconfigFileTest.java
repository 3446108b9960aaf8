package dev.jetpod.client.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.api.codec.Codecs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubeconfigFileTest {
    @TempDir
    Path dir;

    private static final String ORIGINAL = """
            apiVersion: v1
            kind: Config
            preferences:
              colors: true
            clusters:
            - name: prod
              cluster:
                server: https://prod.example:6443
                certificate-authority: ca/prod.crt
                extensions:
                - name: vendor
                  extension: {x: 1}
            - name: jetpod
              cluster:
                server: http://127.0.0.1:6443
            users:
            - name: sso
              user:
                exec:
                  apiVersion: client.authentication.k8s.io/v1
                  command: login-helper
            contexts:
            - name: prod
              context: {cluster: prod, user: sso, namespace: payments}
            - name: jetpod
              context: {cluster: jetpod, namespace: default}
            current-context: prod
            """;

    @Test
    void useContextChangesOnlyTheCurrentContext() throws IOException {
        Path p = dir.resolve("config");
        Files.writeString(p, ORIGINAL);
        KubeconfigFile f = KubeconfigFile.open(p);
        f.setCurrentContext("jetpod");
        f.write();

        JsonNode before = Codecs.yaml().readTree(ORIGINAL);
        JsonNode after = Codecs.yaml().readTree(p.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) before).put("current-context", "jetpod");
        assertEquals(before, after, "everything else, including exec users, extensions and relative paths, is kept");
        assertEquals("jetpod", new KubeconfigLoader(new KubeconfigLoader.Environment(p, null, dir, dir)).load().contextName(null));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(p));
    }

    @Test
    void setContextUpsertsKeepingFieldsNotGiven() throws IOException {
        Path p = dir.resolve("config");
        Files.writeString(p, ORIGINAL);
        KubeconfigFile f = KubeconfigFile.open(p);
        f.putContext("prod", new KubeconfigContext(null, null, "billing"));
        f.putContext("new", new KubeconfigContext("jetpod", null, "kube-system"));
        f.putCluster("jetpod", KubeconfigCluster.ofServer("http://127.0.0.1:7443"));
        f.putUser("bot", KubeconfigUser.withToken("abc"));
        assertTrue(f.removeCluster("prod"));
        assertFalse(f.removeUser("nobody"));
        f.write();

        Kubeconfig k = KubeconfigFile.open(p).view();
        assertEquals(new KubeconfigContext("prod", "sso", "billing"), k.context("prod").orElseThrow());
        assertEquals(new KubeconfigContext("jetpod", null, "kube-system"), k.context("new").orElseThrow());
        assertEquals("http://127.0.0.1:7443", k.cluster("jetpod").orElseThrow().server());
        assertTrue(k.cluster("prod").isEmpty());
        assertEquals("abc", k.user("bot").orElseThrow().token());
        assertTrue(k.user("sso").orElseThrow().exec() != null, "the exec user survives untouched");
    }

    @Test
    void aMissingFileIsCreatedWithTheStandardShape() {
        Path p = dir.resolve("sub/dir/kubeconfig");
        KubeconfigFile f = KubeconfigFile.open(p);
        f.putCluster("c", KubeconfigCluster.ofServer("http://127.0.0.1:6443"));
        f.putContext("c", new KubeconfigContext("c", null, null));
        f.setCurrentContext("c");
        f.write();
        Kubeconfig k = KubeconfigFile.open(p).view();
        assertEquals("Config", k.kind());
        assertEquals("c", k.currentContext());
        assertEquals(6443, new KubeconfigLoader(new KubeconfigLoader.Environment(p, null, dir, dir)).load().clientConfig(null).port());
    }
}
