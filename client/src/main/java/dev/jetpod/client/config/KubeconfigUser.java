package dev.jetpod.client.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A kubeconfig user (AuthInfo). {@code exec} and {@code auth-provider} are read only so that a config using a
 * credential plugin gets a clear "not supported" error instead of silently connecting anonymously.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record KubeconfigUser(
        @JsonProperty("client-certificate") String clientCertificate,
        @JsonProperty("client-certificate-data") byte[] clientCertificateData,
        @JsonProperty("client-key") String clientKey,
        @JsonProperty("client-key-data") byte[] clientKeyData,
        String token,
        String tokenFile,
        String username,
        String password,
        JsonNode exec,
        @JsonProperty("auth-provider") JsonNode authProvider) {

    public static KubeconfigUser anonymous() {
        return new KubeconfigUser(null, null, null, null, null, null, null, null, null, null);
    }

    public static KubeconfigUser withToken(String token) {
        return new KubeconfigUser(null, null, null, null, token, null, null, null, null, null);
    }

    KubeconfigUser withPaths(String cert, String key, String tokenFilePath) {
        return new KubeconfigUser(cert, clientCertificateData, key, clientKeyData, token, tokenFilePath, username, password, exec, authProvider);
    }
}
