package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.resource.Quantity;
import java.util.List;
import java.util.Map;

/** core/v1 ResourceRequirements: requests and limits by resource name (cpu, memory, ephemeral-storage, …). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ResourceRequirements(
        Map<String, Quantity> limits,
        Map<String, Quantity> requests,
        List<ResourceClaim> claims) {
    public ResourceRequirements withLimits(Map<String, Quantity> v) {
        return new ResourceRequirements(v, requests, claims);
    }

    public ResourceRequirements withRequests(Map<String, Quantity> v) {
        return new ResourceRequirements(limits, v, claims);
    }

    public ResourceRequirements withClaims(List<ResourceClaim> v) {
        return new ResourceRequirements(limits, requests, v);
    }

    public Map<String, Quantity> limitsOrEmpty() {
        return limits == null ? Map.of() : limits;
    }

    public Map<String, Quantity> requestsOrEmpty() {
        return requests == null ? Map.of() : requests;
    }

    public List<ResourceClaim> claimsOrEmpty() {
        return claims == null ? List.of() : claims;
    }
}
