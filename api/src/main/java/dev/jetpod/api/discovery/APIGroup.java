package dev.jetpod.api.discovery;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** metav1.APIGroup: the answer to GET /apis/{group}, and an item of APIGroupList (then without kind/apiVersion). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record APIGroup(
        String kind,
        String apiVersion,
        String name,
        List<GroupVersionForDiscovery> versions,
        GroupVersionForDiscovery preferredVersion,
        List<ServerAddressByClientCIDR> serverAddressByClientCIDRs) {
}
