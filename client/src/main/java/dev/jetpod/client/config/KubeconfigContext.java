package dev.jetpod.client.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A kubeconfig context: which cluster, as which user, in which namespace by default. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record KubeconfigContext(String cluster, String user, String namespace) {
    public KubeconfigContext withNamespace(String ns) {
        return new KubeconfigContext(cluster, user, ns);
    }
}
