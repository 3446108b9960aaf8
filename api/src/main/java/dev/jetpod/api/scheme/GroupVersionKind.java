package dev.jetpod.api.scheme;

import java.util.Objects;

/** A kind in a group and version; the core group is "". */
public record GroupVersionKind(String group, String version, String kind) {
    public String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    public static GroupVersionKind fromApiVersion(String apiVersion, String kind) {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? new GroupVersionKind("", apiVersion, kind)
                : new GroupVersionKind(apiVersion.substring(0, slash), apiVersion.substring(slash + 1), kind);
    }

    // written out, not the record's generated ones: those bootstrap through java.lang.runtime.ObjectMethods, which
    // spins method-handle classes on first use (about 15 ms of a jctl run, which hashes these building its Scheme)
    @Override
    public boolean equals(Object o) {
        return o instanceof GroupVersionKind g && Objects.equals(group, g.group) && Objects.equals(version, g.version)
                && Objects.equals(kind, g.kind);
    }

    @Override
    public int hashCode() {
        return Objects.hash(group, version, kind);
    }

    @Override
    public String toString() {
        return apiVersion() + ", Kind=" + kind;
    }
}
