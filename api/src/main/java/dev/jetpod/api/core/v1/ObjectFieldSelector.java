package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 ObjectFieldSelector (downward API), e.g. fieldPath metadata.name or status.podIP. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ObjectFieldSelector(
        String apiVersion,
        String fieldPath) {
}
