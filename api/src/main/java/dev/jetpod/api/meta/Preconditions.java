package dev.jetpod.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;

/** metav1.Preconditions: a delete happens only if the object still has this uid/resourceVersion. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Preconditions(
        String uid,
        String resourceVersion) {
}
