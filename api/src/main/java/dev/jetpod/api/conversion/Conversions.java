package dev.jetpod.api.conversion;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.ResourceType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The served versions that are stored as another version, each with its {@link Converter}. Immutable. */
public final class Conversions {
    private final Map<ResourceType<?>, Converter<?, ?>> byServed = new LinkedHashMap<>();

    public Conversions(Collection<? extends Converter<?, ?>> converters) {
        for (Converter<?, ?> c : converters) {
            byServed.put(c.served(), c);
        }
    }

    /** What Jetpod serves beside the storage versions: autoscaling/v1 HorizontalPodAutoscalers (stored as v2). */
    public static Conversions builtin() {
        return new Conversions(List.of(new HorizontalPodAutoscalerV1Conversion()));
    }

    public static Conversions none() {
        return new Conversions(List.of());
    }

    /** The converter of a served version; empty for a type that is stored as itself. */
    @SuppressWarnings("unchecked")
    public <E extends KubeObject<E>> Optional<Converter<E, ?>> forServed(ResourceType<E> type) {
        return Optional.ofNullable((Converter<E, ?>) byServed.get(type));
    }

    public Collection<Converter<?, ?>> all() {
        return byServed.values();
    }
}
