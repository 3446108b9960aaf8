package dev.jetpod.api.apps.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.intstr.IntOrString;

/** apps/v1 RollingUpdateDeployment: absolute numbers or percentages of the desired replicas. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RollingUpdateDeployment(
        IntOrString maxUnavailable,
        IntOrString maxSurge) {
}
