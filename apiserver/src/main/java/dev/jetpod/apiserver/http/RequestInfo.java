package dev.jetpod.apiserver.http;

/**
 * What a resource request is about, parsed from its path and method as Kubernetes' RequestInfoFactory does:
 * {@code GET /apis/apps/v1/namespaces/ns/deployments/web/scale} → verb get, group apps, version v1, namespace ns,
 * resource deployments, name web, subresource scale. Empty strings stand for "absent".
 */
public record RequestInfo(Verb verb, String group, String version, String namespace, String resource, String name, String subresource) {

    public boolean hasName() {
        return !name.isEmpty();
    }

    public boolean hasNamespace() {
        return !namespace.isEmpty();
    }

    public boolean hasSubresource() {
        return !subresource.isEmpty();
    }

    /** "pods" or "pods/status", the resource label metrics and authorization use. */
    public String resourceWithSubresource() {
        return subresource.isEmpty() ? resource : resource + "/" + subresource;
    }

    public RequestInfo withNamespace(String ns) {
        return new RequestInfo(verb, group, version, ns, resource, name, subresource);
    }
}
