package dev.jetpod.client;

/** The patch formats the apiserver accepts, chosen by the caller; each is sent with its own Content-Type. */
public enum PatchType {
    /** RFC 6902: a list of operations ({@code [{"op":"replace","path":"/spec/replicas","value":3}]}). */
    JSON("application/json-patch+json"),
    /** RFC 7386: a partial object; null deletes a field; lists are replaced whole. */
    MERGE("application/merge-patch+json"),
    /** Kubernetes' strategic merge: lists of named things (containers, env, ports) merge by key; what kubectl apply sends. */
    STRATEGIC_MERGE("application/strategic-merge-patch+json"),
    /** Server-side apply (YAML or JSON); needs a field manager. */
    APPLY("application/apply-patch+yaml");

    private final String contentType;

    PatchType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }
}
