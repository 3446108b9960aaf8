package dev.jetpod.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** metav1.StatusDetails: which object an error is about, and per-field causes for 422 Invalid. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record StatusDetails(String name, String group, String kind, String uid, List<StatusCause> causes, Integer retryAfterSeconds) {
    public static StatusDetails of(String name, String group, String kind) {
        return new StatusDetails(name, group, kind, null, null, null);
    }
}
