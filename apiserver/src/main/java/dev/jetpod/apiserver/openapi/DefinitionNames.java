package dev.jetpod.apiserver.openapi;

import java.util.Map;

/**
 * Maps Jetpod's Java packages to the definition names Kubernetes' OpenAPI uses, so that clients that key on
 * names such as {@code io.k8s.api.core.v1.Pod} or {@code io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta} find them.
 */
public final class DefinitionNames {
    private static final String API_ROOT = "dev.jetpod.api.";
    private static final Map<String, String> SPECIAL_PACKAGES = Map.of(
            "meta", "io.k8s.apimachinery.pkg.apis.meta.v1",
            "discovery", "io.k8s.apimachinery.pkg.apis.meta.v1",
            "intstr", "io.k8s.apimachinery.pkg.util.intstr",
            "resource", "io.k8s.apimachinery.pkg.api.resource");

    private DefinitionNames() {
    }

    public static String of(Class<?> type) {
        String pkg = type.getPackageName();
        String rel = pkg.startsWith(API_ROOT) ? pkg.substring(API_ROOT.length()) : pkg;
        String mapped = SPECIAL_PACKAGES.get(rel);
        if (mapped == null) {
            mapped = pkg.startsWith(API_ROOT) ? "io.k8s.api." + rel : pkg;
        }
        return mapped + "." + type.getSimpleName();
    }

    static String listOf(Class<?> itemType) {
        return of(itemType) + "List";
    }
}
