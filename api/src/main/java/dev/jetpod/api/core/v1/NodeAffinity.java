package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** core/v1 NodeAffinity. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NodeAffinity(
        NodeSelector requiredDuringSchedulingIgnoredDuringExecution,
        List<PreferredSchedulingTerm> preferredDuringSchedulingIgnoredDuringExecution) {
}
