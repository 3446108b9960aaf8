package dev.jetpod.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;

/** metav1.TableRowCondition (Completed). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TableRowCondition(
        String type,
        String status,
        String reason,
        String message) {
}
