package dev.jetpod.api.conversion;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.ResourceType;

/**
 * Converts one served version of a resource to the version it is stored as and back, as Kubernetes' conversion
 * functions do between an external version and the internal one. Each served version that is not the storage
 * version has one Converter; the apiserver stores, lists, watches, validates and prints through it, so a new version
 * is a new Converter and nothing switches on kinds or versions. Pure functions; a conversion that cannot be done (a
 * malformed round-trip annotation) is an {@link dev.jetpod.api.errors.ApiException} BadRequest.
 *
 * @param <E> the served (external) version, e.g. autoscaling/v1 HorizontalPodAutoscaler
 * @param <S> the stored version, e.g. autoscaling/v2 HorizontalPodAutoscaler
 */
public interface Converter<E extends KubeObject<E>, S extends KubeObject<S>> {

    ResourceType<E> served();

    ResourceType<S> stored();

    /** The object as it is stored; nothing the served version can express is lost. */
    S toStored(E served);

    /** The object in the served version; what that version cannot express travels in annotations, as in Kubernetes. */
    E fromStored(S stored);
}
