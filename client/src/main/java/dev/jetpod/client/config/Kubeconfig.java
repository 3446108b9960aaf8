package dev.jetpod.client.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * A kubeconfig file ({@code apiVersion: v1, kind: Config}) as kubectl writes it: named clusters, users and contexts,
 * and the current context. Fields this client does not use (preferences, extensions) are left to
 * {@link KubeconfigFile}, which keeps them on write-back.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Kubeconfig(String apiVersion, String kind, List<NamedCluster> clusters, List<NamedContext> contexts,
                         List<NamedUser> users, @JsonProperty("current-context") String currentContext) {

    public Kubeconfig {
        clusters = clusters == null ? List.of() : List.copyOf(clusters);
        contexts = contexts == null ? List.of() : List.copyOf(contexts);
        users = users == null ? List.of() : List.copyOf(users);
    }

    public static Kubeconfig empty() {
        return new Kubeconfig("v1", "Config", null, null, null, null);
    }

    public Optional<KubeconfigCluster> cluster(String name) {
        return clusters.stream().filter(c -> c.name().equals(name)).map(NamedCluster::cluster).findFirst();
    }

    public Optional<KubeconfigContext> context(String name) {
        return contexts.stream().filter(c -> c.name().equals(name)).map(NamedContext::context).findFirst();
    }

    public Optional<KubeconfigUser> user(String name) {
        return users.stream().filter(c -> c.name().equals(name)).map(NamedUser::user).findFirst();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NamedCluster(String name, KubeconfigCluster cluster) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NamedContext(String name, KubeconfigContext context) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NamedUser(String name, KubeconfigUser user) {
    }
}
