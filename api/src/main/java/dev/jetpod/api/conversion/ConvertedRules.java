package dev.jetpod.api.conversion;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.TypeRules;
import dev.jetpod.api.validation.FieldError;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a served version that is stored as another: defaulting, validation and field labels are the stored
 * version's, applied to the converted object, as Kubernetes validates the internal version whatever version came in.
 * Field paths in errors are therefore the stored version's ({@code spec.metrics[0]…}), as in Kubernetes.
 */
public final class ConvertedRules<E extends KubeObject<E>, S extends KubeObject<S>> implements TypeRules<E> {
    private final Converter<E, S> converter;
    private final TypeRules<S> stored;

    public ConvertedRules(Converter<E, S> converter, TypeRules<S> stored) {
        this.converter = converter;
        this.stored = stored;
    }

    @Override
    public E applyDefaults(E object) {
        return converter.fromStored(stored.applyDefaults(converter.toStored(object)));
    }

    @Override
    public List<FieldError> validateCreate(E object) {
        return stored.validateCreate(converter.toStored(object));
    }

    @Override
    public List<FieldError> validateUpdate(E object, E old) {
        return stored.validateUpdate(converter.toStored(object), converter.toStored(old));
    }

    @Override
    public Map<String, String> fieldLabels(E object) {
        return stored.fieldLabels(converter.toStored(object));
    }

    @Override
    public Set<String> fieldSelectorKeys() {
        return stored.fieldSelectorKeys();
    }
}
