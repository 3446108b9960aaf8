package dev.jetpod.client;

/**
 * TLS material as PEM bytes (read from kubeconfig *-data fields or files). Every part is optional:
 * without a CA the JDK's trust store applies; without a client certificate the client does not present one.
 *
 * @param caPem                 certificate authorities to trust (PEM, one or more certificates)
 * @param clientCertificatePem  our certificate chain (PEM)
 * @param clientKeyPem          our private key (PEM: PKCS#8, PKCS#1 RSA or SEC1 EC)
 * @param insecureSkipVerify    trust any server certificate and skip host name checks (kubeconfig's insecure-skip-tls-verify)
 */
public record TlsConfig(byte[] caPem, byte[] clientCertificatePem, byte[] clientKeyPem, boolean insecureSkipVerify) {
    public static final TlsConfig NONE = new TlsConfig(null, null, null, false);

    public TlsConfig {
        if ((clientCertificatePem == null) != (clientKeyPem == null)) {
            throw new IllegalArgumentException("a client certificate needs its key and a key needs its certificate");
        }
    }

    public boolean hasClientCertificate() {
        return clientCertificatePem != null;
    }
}
