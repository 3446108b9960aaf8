package dev.jetpod.api.discovery;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** metav1.APIResourceList: the answer to GET /api/v1 and /apis/{group}/{version}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record APIResourceList(
        String kind,
        String apiVersion,
        String groupVersion,
        List<APIResource> resources) {
}
