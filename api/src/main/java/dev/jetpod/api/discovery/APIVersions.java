package dev.jetpod.api.discovery;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** metav1.APIVersions: the answer to GET /api. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record APIVersions(
        String kind,
        String apiVersion,
        List<String> versions,
        List<ServerAddressByClientCIDR> serverAddressByClientCIDRs) {
}
