package dev.jetpod.api.scheme;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.validation.FieldError;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the API server asks of each type, generically: Kubernetes-style defaulting, validation on create and
 * update, and the field labels that field selectors match against (like Kubernetes' GetAttrs).
 * One implementation per type; {@link Scheme#rules(ResourceType)} finds it, so no code switches on kind strings.
 */
public interface TypeRules<T extends KubeObject<T>> {
    /** Fills defaults (restartPolicy Always, replicas 1, …). Pure; returns a new object. */
    T applyDefaults(T object);

    /** All field errors of a new object (metadata included); empty when valid. */
    List<FieldError> validateCreate(T object);

    /** All field errors of an update, including changes to immutable fields. */
    List<FieldError> validateUpdate(T object, T old);

    /** Field-selector values: at least metadata.name and metadata.namespace, plus the type's own (spec.nodeName, …). */
    Map<String, String> fieldLabels(T object);

    /** The keys {@link #fieldLabels} can produce; a selector on any other key is a 400. */
    Set<String> fieldSelectorKeys();
}
