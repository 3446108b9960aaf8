package dev.jetpod.api.scheme;

import dev.jetpod.api.meta.KubeObject;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the API knows about one resource: its REST names, its kind and Java type, and its subresources.
 * The apiserver registers handlers from these, the client builds paths from them, jctl resolves short names.
 *
 * @param plural       the path segment, e.g. "pods"
 * @param singular     e.g. "pod"
 * @param shortNames   e.g. ["po"]
 * @param subresources e.g. ["status", "binding"]
 * @param categories   e.g. ["all"]
 * @param verbs        what the collection and its objects accept, for discovery, e.g. ["create"] for bindings
 */
public record ResourceType<T extends KubeObject<T>>(
        GroupVersionKind gvk,
        String plural,
        String singular,
        List<String> shortNames,
        boolean namespaced,
        Class<T> javaType,
        Set<String> subresources,
        List<String> categories,
        List<String> verbs) {

    /** The verbs of an ordinary resource: everything, deletecollection included. */
    public static final List<String> ALL_VERBS = List.of("create", "delete", "deletecollection", "get", "list", "patch", "update", "watch");

    /** A resource with {@link #ALL_VERBS}. */
    public ResourceType(GroupVersionKind gvk, String plural, String singular, List<String> shortNames, boolean namespaced,
                        Class<T> javaType, Set<String> subresources, List<String> categories) {
        this(gvk, plural, singular, shortNames, namespaced, javaType, subresources, categories, ALL_VERBS);
    }

    public boolean hasVerb(String verb) {
        return verbs.contains(verb);
    }

    public String group() {
        return gvk.group();
    }

    public String version() {
        return gvk.version();
    }

    public String kind() {
        return gvk.kind();
    }

    public String apiVersion() {
        return gvk.apiVersion();
    }

    public String listKind() {
        return gvk.kind() + "List";
    }

    /** "pods" or "deployments.apps", the name kubectl and Status messages use. */
    public String qualifiedName() {
        return gvk.group().isEmpty() ? plural : plural + "." + gvk.group();
    }

    public boolean hasSubresource(String name) {
        return subresources.contains(name);
    }

    /** The collection path, e.g. /api/v1/namespaces/ns/pods or /apis/apps/v1/deployments when namespace is null. */
    public String collectionPath(String namespace) {
        String root = gvk.group().isEmpty() ? "/api/" + gvk.version() : "/apis/" + gvk.group() + "/" + gvk.version();
        return namespaced && namespace != null ? root + "/namespaces/" + namespace + "/" + plural : root + "/" + plural;
    }

    public String objectPath(String namespace, String name) {
        return collectionPath(namespace) + "/" + name;
    }

    // equals and hashCode written out (over every component, as a record's are): the generated ones bootstrap through
    // java.lang.runtime.ObjectMethods, which spins method-handle classes on first use, about 15 ms of a jctl run that
    // looks up a converter or printer by type
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ResourceType<?> t && namespaced == t.namespaced && Objects.equals(gvk, t.gvk)
                && Objects.equals(plural, t.plural) && Objects.equals(singular, t.singular)
                && Objects.equals(shortNames, t.shortNames) && Objects.equals(javaType, t.javaType)
                && Objects.equals(subresources, t.subresources) && Objects.equals(categories, t.categories)
                && Objects.equals(verbs, t.verbs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gvk, plural, singular, shortNames, namespaced, javaType, subresources, categories, verbs);
    }
}
