package dev.jetpod.runtime.image.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;

/** Self-signed keys and certificates made with the JDK's keytool, exported as PEM for the registry. */
public final class TestCerts {
    private static final char[] PASSWORD = "changeit".toCharArray();

    private TestCerts() {
    }

    /** A key pair with its self-signed certificate, in memory and as PEM files. */
    public record ServerCert(PrivateKey key, X509Certificate cert, Path certFile, Path keyFile) {
    }

    /** RSA key and a self-signed certificate for CN={@code cn}, SAN ip:127.0.0.1 and dns:localhost. */
    public static ServerCert create(Path dir, String cn) {
        try {
            Files.createDirectories(dir);
            Path keystore = dir.resolve(cn + ".p12");
            Cmd.run("keytool", "-genkeypair", "-alias", cn, "-keyalg", "RSA", "-keysize", "2048", "-validity", "3",
                    "-dname", "CN=" + cn, "-ext", "san=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                    "-keystore", keystore.toString(), "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD));
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                store.load(in, PASSWORD);
            }
            PrivateKey key = (PrivateKey) store.getKey(cn, PASSWORD);
            X509Certificate cert = (X509Certificate) store.getCertificate(cn);
            Path certFile = dir.resolve(cn + ".crt");
            Path keyFile = dir.resolve(cn + ".key");
            Files.writeString(certFile, pem("CERTIFICATE", cert.getEncoded()));
            Files.writeString(keyFile, pem("PRIVATE KEY", key.getEncoded()));
            return new ServerCert(key, cert, certFile, keyFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
