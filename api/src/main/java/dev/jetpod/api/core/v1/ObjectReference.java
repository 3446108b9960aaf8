package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 ObjectReference: points at any object (Event.involvedObject, Endpoints targetRef, Binding target). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ObjectReference(
        String kind,
        String namespace,
        String name,
        String uid,
        String apiVersion,
        String resourceVersion,
        String fieldPath) {
}
