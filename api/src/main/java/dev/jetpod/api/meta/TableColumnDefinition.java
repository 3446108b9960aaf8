package dev.jetpod.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;

/** metav1.TableColumnDefinition: type is an OpenAPI type (string, integer, number, boolean, date); priority > 0 shows with -o wide. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TableColumnDefinition(
        @JsonInclude(JsonInclude.Include.NON_NULL) String name,
        @JsonInclude(JsonInclude.Include.NON_NULL) String type,
        @JsonInclude(JsonInclude.Include.NON_NULL) String format,
        @JsonInclude(JsonInclude.Include.NON_NULL) String description,
        int priority) {
}
