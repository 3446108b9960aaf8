package dev.jetpod.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** metav1.ListMeta: the revision the list is consistent at, and the token for the next page. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ListMeta(String resourceVersion, @JsonProperty("continue") String continueToken, Long remainingItemCount) {
    public static ListMeta at(String resourceVersion) {
        return new ListMeta(resourceVersion, null, null);
    }
}
