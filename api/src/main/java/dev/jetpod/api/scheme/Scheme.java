package dev.jetpod.api.scheme;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.rules.BaseRules;
import dev.jetpod.api.rules.BuiltinRules;
import dev.jetpod.api.rules.GenericRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of resource types, looked up by kind, by REST name, by short name or by Java type.
 * Immutable once built; {@link #builtin()} holds everything Jetpod serves.
 */
public final class Scheme {
    private final List<ResourceType<?>> types;
    private final Map<GroupVersionKind, ResourceType<?>> byGvk = new LinkedHashMap<>();
    private final Map<Class<?>, ResourceType<?>> byJavaType = new LinkedHashMap<>();
    private final Map<Class<?>, TypeRules<?>> rulesByJavaType = new LinkedHashMap<>();

    /** A scheme whose types have metadata-only rules. */
    public Scheme(Collection<ResourceType<?>> types) {
        this(types, List.of());
    }

    /** A scheme with rules for some of its types (matched by Java type); the others get metadata-only rules. */
    public Scheme(Collection<ResourceType<?>> types, Collection<? extends BaseRules<?>> rules) {
        this.types = List.copyOf(types);
        for (ResourceType<?> t : types) {
            byGvk.put(t.gvk(), t);
            byJavaType.put(t.javaType(), t);
        }
        for (BaseRules<?> r : rules) {
            rulesByJavaType.put(r.type().javaType(), r);
        }
        for (ResourceType<?> t : types) {
            rulesByJavaType.computeIfAbsent(t.javaType(), c -> generic(t));
        }
    }

    private static <T extends KubeObject<T>> TypeRules<T> generic(ResourceType<T> t) {
        return new GenericRules<>(t);
    }

    /** Every built-in type with its Kubernetes defaulting and validation. */
    public static Scheme builtin() {
        return new Scheme(Resources.ALL, BuiltinRules.all());
    }

    /**
     * The defaulting, validation and field labels of a type. The API server calls, in this order: applyDefaults, then
     * validateCreate or validateUpdate; fieldLabels for field selectors.
     */
    @SuppressWarnings("unchecked")
    public <T extends KubeObject<T>> TypeRules<T> rules(ResourceType<T> type) {
        TypeRules<?> r = rulesByJavaType.get(type.javaType());
        if (r == null) {
            throw new IllegalArgumentException("not a resource type of this scheme: " + type.gvk());
        }
        return (TypeRules<T>) r;
    }

    public List<ResourceType<?>> all() {
        return types;
    }

    public Optional<ResourceType<?>> byGvk(GroupVersionKind gvk) {
        return Optional.ofNullable(byGvk.get(gvk));
    }

    public Optional<ResourceType<?>> byKind(String apiVersion, String kind) {
        return byGvk(GroupVersionKind.fromApiVersion(apiVersion, kind));
    }

    @SuppressWarnings("unchecked")
    public <T extends KubeObject<T>> ResourceType<T> forType(Class<T> javaType) {
        ResourceType<?> t = byJavaType.get(javaType);
        if (t == null) {
            throw new IllegalArgumentException("not a registered resource type: " + javaType.getName());
        }
        return (ResourceType<T>) t;
    }

    /** The resource served at /api[s]/{group}/{version}/{plural}. */
    public Optional<ResourceType<?>> byPath(String group, String version, String plural) {
        return types.stream()
                .filter(t -> t.group().equals(group) && t.version().equals(version) && t.plural().equals(plural))
                .findFirst();
    }

    /**
     * What a user typed on a command line: plural, singular, short name or kind, case-insensitive, optionally
     * qualified by group ("deployments.apps"). All matches, so a caller can report ambiguity.
     */
    public List<ResourceType<?>> resolve(String userName) {
        String n = userName.toLowerCase(Locale.ROOT);
        String group = null;
        int dot = n.indexOf('.');
        if (dot > 0) {
            group = n.substring(dot + 1);
            n = n.substring(0, dot);
        }
        List<ResourceType<?>> out = new ArrayList<>();
        for (ResourceType<?> t : types) {
            if (group != null && !t.group().equals(group)) {
                continue;
            }
            if (t.plural().equals(n) || t.singular().equals(n) || t.shortNames().contains(n) || t.kind().toLowerCase(Locale.ROOT).equals(n)) {
                out.add(t);
            }
        }
        return out;
    }
}
