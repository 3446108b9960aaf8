package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** core/v1 NodeSpec. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NodeSpec(
        String podCIDR,
        List<String> podCIDRs,
        String providerID,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean unschedulable,
        List<Taint> taints) {
    public NodeSpec withPodCIDR(String v) {
        return new NodeSpec(v, podCIDRs, providerID, unschedulable, taints);
    }

    public NodeSpec withPodCIDRs(List<String> v) {
        return new NodeSpec(podCIDR, v, providerID, unschedulable, taints);
    }

    public NodeSpec withProviderID(String v) {
        return new NodeSpec(podCIDR, podCIDRs, v, unschedulable, taints);
    }

    public NodeSpec withUnschedulable(Boolean v) {
        return new NodeSpec(podCIDR, podCIDRs, providerID, v, taints);
    }

    public NodeSpec withTaints(List<Taint> v) {
        return new NodeSpec(podCIDR, podCIDRs, providerID, unschedulable, v);
    }

    public List<String> podCIDRsOrEmpty() {
        return podCIDRs == null ? List.of() : podCIDRs;
    }

    public List<Taint> taintsOrEmpty() {
        return taints == null ? List.of() : taints;
    }
}
