package dev.jetpod.api.scheme;

import dev.jetpod.api.conversion.Conversions;
import dev.jetpod.api.conversion.ConvertedRules;
import dev.jetpod.api.conversion.Converter;
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
    private final Conversions conversions;

    /** A scheme whose types have metadata-only rules. */
    public Scheme(Collection<ResourceType<?>> types) {
        this(types, List.of());
    }

    /** A scheme with rules for some of its types (matched by Java type); the others get metadata-only rules. */
    public Scheme(Collection<ResourceType<?>> types, Collection<? extends BaseRules<?>> rules) {
        this(types, rules, Conversions.builtin());
    }

    /**
     * A scheme whose served versions in {@code conversions} are stored as another version: their rules are the
     * stored version's, through the converter.
     */
    public Scheme(Collection<ResourceType<?>> types, Collection<? extends BaseRules<?>> rules, Conversions conversions) {
        this.types = List.copyOf(types);
        this.conversions = conversions;
        for (ResourceType<?> t : types) {
            byGvk.put(t.gvk(), t);
            byJavaType.put(t.javaType(), t);
        }
        for (BaseRules<?> r : rules) {
            rulesByJavaType.put(r.type().javaType(), r);
        }
        for (Converter<?, ?> c : conversions.all()) {
            if (byGvk.containsKey(c.served().gvk()) && byGvk.containsKey(c.stored().gvk())) {
                rulesByJavaType.put(c.served().javaType(), converted(c));
            }
        }
        for (ResourceType<?> t : types) {
            rulesByJavaType.computeIfAbsent(t.javaType(), c -> generic(t));
        }
    }

    private <E extends KubeObject<E>, S extends KubeObject<S>> TypeRules<E> converted(Converter<E, S> c) {
        @SuppressWarnings("unchecked")
        TypeRules<S> stored = (TypeRules<S>) rulesByJavaType.computeIfAbsent(c.stored().javaType(), k -> generic(c.stored()));
        return new ConvertedRules<>(c, stored);
    }

    /** How a served version is stored when it is not stored as itself (autoscaling/v1 HPAs as v2); empty otherwise. */
    public <T extends KubeObject<T>> Optional<Converter<T, ?>> storedAs(ResourceType<T> type) {
        return conversions.forServed(type);
    }

    /**
     * Whether {@code type} is the version clients get by default: the first one listed of its group and resource
     * (the group's preferred version in discovery). Lists and name look-ups use it; other versions are for clients
     * that ask for them.
     */
    public boolean isPreferred(ResourceType<?> type) {
        for (ResourceType<?> t : types) {
            if (t.group().equals(type.group()) && t.plural().equals(type.plural())) {
                return t == type;
            }
        }
        return false;
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
     * qualified by group ("deployments.apps") or by version and group ("hpa.v1.autoscaling", as kubectl allows).
     * Without a version only preferred versions match. All matches, so a caller can report ambiguity.
     */
    public List<ResourceType<?>> resolve(String userName) {
        String n = userName.toLowerCase(Locale.ROOT);
        String group = null;
        String version = null;
        int dot = n.indexOf('.');
        if (dot > 0) {
            group = n.substring(dot + 1);
            n = n.substring(0, dot);
            int second = group.indexOf('.');
            if (second > 0 && isVersion(group.substring(0, second))) {
                version = group.substring(0, second);
                group = group.substring(second + 1);
            }
        }
        List<ResourceType<?>> out = new ArrayList<>();
        for (ResourceType<?> t : types) {
            boolean otherGroup = group != null && !t.group().equals(group);
            boolean otherVersion = version == null ? !isPreferred(t) : !t.version().equals(version);
            if (otherGroup || otherVersion) {
                continue;
            }
            if (t.plural().equals(n) || t.singular().equals(n) || t.shortNames().contains(n) || t.kind().toLowerCase(Locale.ROOT).equals(n)) {
                out.add(t);
            }
        }
        return out;
    }

    /** "v1", "v2", "v1beta1": a Kubernetes version, not the first label of a group name. */
    private static boolean isVersion(String s) {
        return s.matches("v[0-9]+((alpha|beta)[0-9]+)?");
    }
}
