package dev.jetpod.api.apps.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** apps/v1 DeploymentStrategy: type RollingUpdate or Recreate. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DeploymentStrategy(
        String type,
        RollingUpdateDeployment rollingUpdate) {
}
