package dev.jetpod.runtime.image.registry;

import dev.jetpod.runtime.image.BusyboxImage;
import dev.jetpod.runtime.image.Image;
import dev.jetpod.runtime.image.ImageStore;
import dev.jetpod.runtime.image.PullOptions;
import dev.jetpod.runtime.image.testing.RegistryProcess;
import dev.jetpod.runtime.image.testing.Skopeo;
import dev.jetpod.runtime.image.testing.TestCerts;
import dev.jetpod.runtime.image.testing.TokenServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTTPS and authentication against real registries: one with TLS (self-signed certificate made by keytool)
 * and token auth served by {@link TokenServer} (RS256 JWTs the registry verifies against its rootcertbundle),
 * one with htpasswd basic auth. The store is pulled into by the real Bearer and Basic flows.
 */
class RegistryAuthTest {
    static final String USER = "tester";
    static final String PASSWORD = "secret";
    /** bcrypt of "secret" (cost 5), as htpasswd -B would write it. */
    static final String PASSWORD_BCRYPT = "$2b$05$abcdefghijklmnopqrstuuOQiyCxlgf/oeuTqixKmWdcYUh4Hjl0a";

    @TempDir
    static Path shared;
    static TestCerts.ServerCert serverCert;
    static TokenServer tokens;
    static RegistryProcess tokenRegistry;
    static RegistryProcess basicRegistry;
    static Image busybox;

    @TempDir
    Path work;

    @BeforeAll
    static void startRegistries() throws IOException {
        Path layout = shared.resolve("layout");
        try (ImageStore source = ImageStore.open(shared.resolve("source"))) {
            busybox = BusyboxImage.ensure(source);
            source.exportOciLayout(busybox.id(), layout, "latest");
        }
        serverCert = TestCerts.create(shared.resolve("tls"), "registry");
        tokens = new TokenServer(TestCerts.create(shared.resolve("token"), "token-signer"), USER, PASSWORD);
        tokenRegistry = RegistryProcess.start(tokens.registryAuthConfig(), serverCert);
        Skopeo.push(layout, "latest", tokenRegistry.host() + "/private/busybox:1", "--dest-creds", USER + ":" + PASSWORD);

        Path htpasswd = shared.resolve("htpasswd");
        Files.writeString(htpasswd, USER + ":" + PASSWORD_BCRYPT + "\n");
        basicRegistry = RegistryProcess.start("htpasswd:\n  realm: jetpod-basic\n  path: " + htpasswd + "\n", serverCert);
        Skopeo.push(layout, "latest", basicRegistry.host() + "/basic/busybox:1", "--dest-creds", USER + ":" + PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (tokenRegistry != null) {
            tokenRegistry.close();
        }
        if (basicRegistry != null) {
            basicRegistry.close();
        }
        if (tokens != null) {
            tokens.close();
        }
    }

    @Test
    void pullsOverHttpsWithACaFileThroughTheBearerTokenFlow() {
        int before = tokens.tokensIssued.get();
        try (ImageStore store = ImageStore.open(work.resolve("store"))) {
            Image pulled = store.pull(tokenRegistry.host() + "/private/busybox:1",
                    PullOptions.DEFAULT.withCaFile(serverCert.certFile()).withCredentials(USER, PASSWORD));
            assertEquals(busybox.id(), pulled.id());
        }
        assertTrue(tokens.tokensIssued.get() > before, "a token was issued for the pull");
    }

    @Test
    void anUntrustedCertificateIsAClearErrorUnlessVerificationIsOff() {
        try (ImageStore store = ImageStore.open(work.resolve("store"))) {
            RegistryException e = assertThrows(RegistryException.class, () -> store.pull(tokenRegistry.host() + "/private/busybox:1",
                    PullOptions.DEFAULT.withCredentials(USER, PASSWORD)));
            assertTrue(e.getMessage().startsWith("TLS with " + tokenRegistry.host() + " failed"), e.getMessage());

            Image pulled = store.pull(tokenRegistry.host() + "/private/busybox:1",
                    PullOptions.DEFAULT.withTlsVerify(false).withCredentials(USER, PASSWORD));
            assertEquals(busybox.id(), pulled.id());
        }
    }

    @Test
    void withoutCredentialsTheTokenServerRefusesAndNothingIsStored() {
        try (ImageStore store = ImageStore.open(work.resolve("store"))) {
            RegistryException e = assertThrows(RegistryException.class, () -> store.pull(tokenRegistry.host() + "/private/busybox:1",
                    PullOptions.DEFAULT.withCaFile(serverCert.certFile())));
            assertTrue(e.getMessage().contains("refused a token for repository:private/busybox:pull (anonymous; give credentials)"), e.getMessage());
            assertTrue(store.list().isEmpty());
        }
    }

    @Test
    void basicAuthRegistriesGetTheCredentials() {
        try (ImageStore store = ImageStore.open(work.resolve("store"))) {
            PullOptions tls = PullOptions.DEFAULT.withCaFile(serverCert.certFile());
            RegistryException missing = assertThrows(RegistryException.class, () -> store.pull(basicRegistry.host() + "/basic/busybox:1", tls));
            assertTrue(missing.getMessage().contains("requires a username and password"), missing.getMessage());
            RegistryException wrong = assertThrows(RegistryException.class,
                    () -> store.pull(basicRegistry.host() + "/basic/busybox:1", tls.withCredentials(USER, "wrong")));
            assertTrue(wrong.getMessage().contains("refused the credentials"), wrong.getMessage());

            Image pulled = store.pull(basicRegistry.host() + "/basic/busybox:1", tls.withCredentials(USER, PASSWORD));
            assertEquals(busybox.id(), pulled.id());
        }
    }
}
