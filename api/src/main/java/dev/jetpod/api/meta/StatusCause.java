package dev.jetpod.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;

/** metav1.StatusCause: {@code reason} is a CauseType wire name such as FieldValueRequired; {@code field} a path like spec.containers[0].image. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record StatusCause(String reason, String message, String field) {
}
