package dev.jetpod.api.scheme;

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

    @Override
    public String toString() {
        return apiVersion() + ", Kind=" + kind;
    }
}
