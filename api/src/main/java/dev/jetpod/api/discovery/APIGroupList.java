package dev.jetpod.api.discovery;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** metav1.APIGroupList: the answer to GET /apis. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record APIGroupList(
        String kind,
        String apiVersion,
        List<APIGroup> groups) {
}
