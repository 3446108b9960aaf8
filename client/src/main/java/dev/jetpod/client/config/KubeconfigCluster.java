package dev.jetpod.client.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A kubeconfig cluster entry. {@code *-data} fields are base64 on disk and bytes here; file paths are resolved
 * against the kubeconfig's directory by {@link KubeconfigLoader}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record KubeconfigCluster(
        String server,
        @JsonProperty("certificate-authority") String certificateAuthority,
        @JsonProperty("certificate-authority-data") byte[] certificateAuthorityData,
        @JsonProperty("insecure-skip-tls-verify") Boolean insecureSkipTlsVerify,
        @JsonProperty("tls-server-name") String tlsServerName) {

    public static KubeconfigCluster ofServer(String server) {
        return new KubeconfigCluster(server, null, null, null, null);
    }

    public boolean insecure() {
        return Boolean.TRUE.equals(insecureSkipTlsVerify);
    }

    KubeconfigCluster withCertificateAuthority(String path) {
        return new KubeconfigCluster(server, path, certificateAuthorityData, insecureSkipTlsVerify, tlsServerName);
    }
}
