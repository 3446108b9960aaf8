package dev.jetpod.api.coordination.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.jetpod.api.codec.MicroTimeSerializer;
import java.time.Instant;

/** coordination.k8s.io/v1 LeaseSpec. acquireTime and renewTime are metav1.MicroTime (6 fractional digits). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LeaseSpec(
        String holderIdentity,
        Integer leaseDurationSeconds,
        @JsonSerialize(using = MicroTimeSerializer.class) Instant acquireTime,
        @JsonSerialize(using = MicroTimeSerializer.class) Instant renewTime,
        Integer leaseTransitions,
        String strategy,
        String preferredHolder) {
    public LeaseSpec withHolderIdentity(String v) {
        return new LeaseSpec(v, leaseDurationSeconds, acquireTime, renewTime, leaseTransitions, strategy, preferredHolder);
    }

    public LeaseSpec withLeaseDurationSeconds(Integer v) {
        return new LeaseSpec(holderIdentity, v, acquireTime, renewTime, leaseTransitions, strategy, preferredHolder);
    }

    public LeaseSpec withAcquireTime(Instant v) {
        return new LeaseSpec(holderIdentity, leaseDurationSeconds, v, renewTime, leaseTransitions, strategy, preferredHolder);
    }

    public LeaseSpec withRenewTime(Instant v) {
        return new LeaseSpec(holderIdentity, leaseDurationSeconds, acquireTime, v, leaseTransitions, strategy, preferredHolder);
    }

    public LeaseSpec withLeaseTransitions(Integer v) {
        return new LeaseSpec(holderIdentity, leaseDurationSeconds, acquireTime, renewTime, v, strategy, preferredHolder);
    }

    public LeaseSpec withStrategy(String v) {
        return new LeaseSpec(holderIdentity, leaseDurationSeconds, acquireTime, renewTime, leaseTransitions, v, preferredHolder);
    }

    public LeaseSpec withPreferredHolder(String v) {
        return new LeaseSpec(holderIdentity, leaseDurationSeconds, acquireTime, renewTime, leaseTransitions, strategy, v);
    }
}
