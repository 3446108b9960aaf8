package dev.jetpod.jctl.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.api.scheme.Scheme;
import dev.jetpod.jctl.CliException;
import java.util.List;
import java.util.Locale;

/**
 * Turns what a user typed ("po", "deploy", "deployments.apps", "Pod") or what a manifest says (apiVersion + kind)
 * into a {@link ResourceType}, through {@link Scheme#resolve}, and names objects the way kubectl prints them.
 */
public final class Kinds {
    /** The order kubectl prints {@code get all} in. */
    private static final List<String> CATEGORY_ORDER = List.of("pods", "services", "daemonsets", "deployments", "replicasets",
            "statefulsets", "jobs", "cronjobs", "horizontalpodautoscalers");

    private final Scheme scheme;

    public Kinds(Scheme scheme) {
        this.scheme = scheme;
    }

    public ResourceType<?> resolve(String userName) {
        List<ResourceType<?>> matches = scheme.resolve(userName).stream().filter(t -> t.hasVerb("get")).toList();
        if (matches.isEmpty()) {
            throw new CliException("the server doesn't have a resource type \"" + userName + "\"");
        }
        return matches.get(0);
    }

    /** Like {@link #resolve}, but a category ("all") stands for every type in it (preferred versions), in the scheme's order. */
    public List<ResourceType<?>> resolveAll(String userName) {
        List<ResourceType<?>> inCategory = scheme.all().stream()
                .filter(t -> t.categories().contains(userName.toLowerCase(Locale.ROOT)) && scheme.isPreferred(t))
                .sorted(java.util.Comparator.comparingInt(t -> {
                    int i = CATEGORY_ORDER.indexOf(t.plural());
                    return i < 0 ? CATEGORY_ORDER.size() : i;
                }))
                .toList();
        if (!inCategory.isEmpty() && scheme.resolve(userName).isEmpty()) {
            return inCategory;
        }
        return List.of(resolve(userName));
    }

    /** The type of a manifest's object; a clear error when apiVersion or kind is missing or unknown. */
    public ResourceType<?> forObject(JsonNode object, String source) {
        String apiVersion = object.path("apiVersion").asText("");
        String kind = object.path("kind").asText("");
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            throw new CliException("error validating " + source + ": " + (apiVersion.isEmpty() ? "apiVersion" : "kind") + " not set");
        }
        return scheme.byKind(apiVersion, kind).orElseThrow(() -> new CliException(
                "resource mapping not found for name: \"" + object.path("metadata").path("name").asText("") + "\" in " + source
                        + ": no matches for kind \"" + kind + "\" in version \"" + apiVersion + "\""));
    }

    /** "pod", "deployment.apps", "horizontalpodautoscaler.autoscaling": the prefix of kubectl's {@code -o name}. */
    public static String typeName(ResourceType<?> t) {
        String k = t.kind().toLowerCase(Locale.ROOT);
        return t.group().isEmpty() ? k : k + "." + t.group();
    }

    /** {@code pod/web}, {@code deployment.apps/web}. */
    public static String objectName(ResourceType<?> t, String name) {
        return typeName(t) + "/" + name;
    }

    /** {@code pod "web"} / {@code deployment.apps "web"}: how delete reports an object. */
    public static String quoted(ResourceType<?> t, String name) {
        return typeName(t) + " \"" + name + "\"";
    }
}
