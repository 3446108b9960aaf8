package dev.jetpod.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** metav1.DeleteOptions: the optional body of a DELETE. propagationPolicy Orphan, Background or Foreground. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DeleteOptions(
        String apiVersion,
        String kind,
        Long gracePeriodSeconds,
        Preconditions preconditions,
        Boolean orphanDependents,
        String propagationPolicy,
        List<String> dryRun,
        Boolean ignoreStoreReadErrorWithClusterBreakingPotential) {
}
