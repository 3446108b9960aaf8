package dev.jetpod.jctl.cmd;

import dev.jetpod.api.scheme.ResourceType;
import java.util.List;

/**
 * What a verb acts on: a type, the namespace (null: all namespaces, or a cluster-scoped type), and the names
 * (empty: every object the selectors match).
 */
public record Target(ResourceType<?> type, String namespace, List<String> names) {
    public boolean all() {
        return names.isEmpty();
    }

    /** The namespace to put in paths: none for cluster-scoped types. */
    public String pathNamespace() {
        return type.namespaced() ? namespace : null;
    }
}
