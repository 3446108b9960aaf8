package dev.jetpod.api.discovery;

import com.fasterxml.jackson.annotation.JsonInclude;

/** metav1.GroupVersionForDiscovery, e.g. groupVersion "apps/v1", version "v1". */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record GroupVersionForDiscovery(
        String groupVersion,
        String version) {
}
