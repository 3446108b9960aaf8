package dev.jetpod.runtime.image.registry;

import dev.jetpod.runtime.image.ImageStoreException;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;

/** The TLS setup for a registry: the JDK's CAs, plus a PEM CA file if given, or no verification at all. */
final class RegistryTls {
    private RegistryTls() {
    }

    static SSLContext context(boolean verify, Optional<Path> caFile) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            TrustManager trust = verify ? trustingDefaultsAnd(caFile) : new TrustEverything();
            context.init(null, new TrustManager[]{trust}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new ImageStoreException("could not set up TLS" + caFile.map(f -> " with CA file '" + f + "'").orElse("") + ": " + e.getMessage(), e);
        }
    }

    private static X509TrustManager trustingDefaultsAnd(Optional<Path> caFile) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        TrustManagerFactory defaults = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        defaults.init((KeyStore) null);
        int n = 0;
        for (TrustManager tm : defaults.getTrustManagers()) {
            if (tm instanceof X509TrustManager x509) {
                for (X509Certificate ca : x509.getAcceptedIssuers()) {
                    store.setCertificateEntry("default-" + n++, ca);
                }
            }
        }
        if (caFile.isPresent()) {
            if (!Files.isReadable(caFile.get())) {
                throw new ImageStoreException("CA file '" + caFile.get() + "' is not readable");
            }
            try (InputStream in = Files.newInputStream(caFile.get())) {
                int added = 0;
                for (Certificate cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    store.setCertificateEntry("extra-" + added++, cert);
                }
                if (added == 0) {
                    throw new ImageStoreException("CA file '" + caFile.get() + "' holds no PEM certificate");
                }
            }
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager tm : factory.getTrustManagers()) {
            if (tm instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X509 trust manager");
    }

    /**
     * {@code --tls-verify=false}: accepts any certificate for any host name. Being an extended trust manager
     * matters: the JDK then skips its own host name check, which it would otherwise still apply.
     */
    private static final class TrustEverything extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
