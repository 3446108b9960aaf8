package dev.jetpod.api.discovery;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** metav1.APIResource: one entry of a group version's resources (subresources are their own entries, e.g. pods/status). namespaced is always written. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record APIResource(
        String name,
        @JsonInclude(JsonInclude.Include.NON_NULL) String singularName,
        boolean namespaced,
        String group,
        String version,
        String kind,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> verbs,
        List<String> shortNames,
        List<String> categories,
        String storageVersionHash) {
}
