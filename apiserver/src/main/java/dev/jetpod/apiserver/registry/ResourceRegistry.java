package dev.jetpod.apiserver.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.conversion.Converter;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.schema.PatchMeta;
import dev.jetpod.api.schema.Schemas;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.api.scheme.Scheme;
import dev.jetpod.api.scheme.TypeRules;
import dev.jetpod.apiserver.admission.Admission;
import dev.jetpod.apiserver.apply.FieldManager;
import dev.jetpod.apiserver.registry.conversion.ConvertingStore;
import dev.jetpod.apiserver.registry.scale.ScaleAccessors;
import dev.jetpod.apiserver.registry.strategy.Strategies;
import dev.jetpod.apiserver.storage.ObjectStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every served resource, built once from the scheme: looked up by group/version/plural or by type. */
public final class ResourceRegistry {
    private final Scheme scheme;
    private final Map<ResourceType<?>, ApiResource<?>> byType = new LinkedHashMap<>();
    private final Map<String, ApiResource<?>> byPath = new java.util.HashMap<>();

    public ResourceRegistry(Scheme scheme, StoreFactory stores, ObjectMapper mapper, Schemas schemas) {
        this.scheme = scheme;
        for (ResourceType<?> t : scheme.all()) {
            ApiResource<?> r = build(scheme, t, stores, mapper, schemas);
            byType.put(t, r);
            byPath.put(t.group() + "/" + t.version() + "/" + t.plural(), r);
        }
    }

    private static <T extends KubeObject<T>> ApiResource<T> build(Scheme scheme, ResourceType<T> t, StoreFactory stores, ObjectMapper mapper, Schemas schemas) {
        TypeRules<T> rules = scheme.rules(t);
        ResourceStrategy<T> strategy = Strategies.forType(t);
        Optional<StatusAccess<T>> status = StatusAccess.supports(t.javaType()) ? Optional.of(new StatusAccess<>()) : Optional.empty();
        // a create-only type (bindings) is an action on another resource: nothing of its own is stored
        return new ApiResource<>(t, t.hasVerb("get") ? store(scheme, t, stores, mapper) : null, new ObjectCodec<>(t, mapper),
                new Admission<>(t, rules, strategy), strategy, status,
                ScaleAccessors.forType(t), new FieldManager<>(t, schemas.of(t.javaType()), mapper),
                PatchMeta.of(schemas, t.javaType()));
    }

    /** The type's own store, or, for a version stored as another, that version's store seen through its converter. */
    private static <T extends KubeObject<T>> ObjectStore<T> store(Scheme scheme, ResourceType<T> t, StoreFactory stores, ObjectMapper mapper) {
        return scheme.storedAs(t).<ObjectStore<T>>map(c -> converting(c, stores, mapper)).orElseGet(() -> stores.storeFor(t));
    }

    private static <E extends KubeObject<E>, S extends KubeObject<S>> ObjectStore<E> converting(Converter<E, S> c, StoreFactory stores, ObjectMapper mapper) {
        return new ConvertingStore<>(stores.storeFor(c.stored()), c, mapper);
    }

    public Scheme scheme() {
        return scheme;
    }

    /** Looked up on every request: a map, not a scan of the scheme. */
    public Optional<ApiResource<?>> find(String group, String version, String plural) {
        return Optional.ofNullable(byPath.get(group + "/" + version + "/" + plural));
    }

    @SuppressWarnings("unchecked")
    public <T extends KubeObject<T>> ApiResource<T> get(ResourceType<T> type) {
        ApiResource<?> r = byType.get(type);
        if (r == null) {
            throw new IllegalArgumentException("not served: " + type.qualifiedName());
        }
        return (ApiResource<T>) r;
    }

    public List<ApiResource<?>> all() {
        return new ArrayList<>(byType.values());
    }
}
