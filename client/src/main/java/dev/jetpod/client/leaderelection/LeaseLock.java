package dev.jetpod.client.leaderelection;

import dev.jetpod.api.coordination.v1.Lease;
import dev.jetpod.api.coordination.v1.LeaseSpec;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.client.ResourceClient;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.Optional;

/**
 * A {@link ResourceLock} on a coordination.k8s.io/v1 Lease, as client-go's LeaseLock: the record is the Lease's
 * spec; updates carry the resourceVersion of the Lease last read, so two writers cannot both succeed.
 * Used from one elector's context only.
 */
public final class LeaseLock implements ResourceLock {
    private final ResourceClient<Lease> leases;
    private final String namespace;
    private final String name;
    private volatile Lease lastSeen;

    public LeaseLock(ResourceClient<Lease> leases, String namespace, String name) {
        this.leases = leases;
        this.namespace = namespace;
        this.name = name;
    }

    @Override
    public Future<Optional<LeaderElectionRecord>> get() {
        return leases.get(namespace, name).transform(ar -> {
            if (ar.failed()) {
                if (ar.cause() instanceof ApiException e && e.isNotFound()) {
                    lastSeen = null;
                    return Future.succeededFuture(Optional.empty());
                }
                return Future.failedFuture(ar.cause());
            }
            lastSeen = ar.result();
            return Future.succeededFuture(Optional.of(toRecord(ar.result().spec())));
        });
    }

    @Override
    public Future<Void> create(LeaderElectionRecord record) {
        return leases.create(Lease.of(ObjectMeta.named(namespace, name), toSpec(record, null))).map(l -> {
            lastSeen = l;
            return null;
        });
    }

    @Override
    public Future<Void> update(LeaderElectionRecord record) {
        Lease base = lastSeen;
        if (base == null) {
            return Future.failedFuture(new IllegalStateException("update of " + describe() + " before it was read"));
        }
        return leases.update(base.withSpec(toSpec(record, base.spec()))).map(l -> {
            lastSeen = l;
            return null;
        });
    }

    @Override
    public String describe() {
        return "lease " + namespace + "/" + name;
    }

    static LeaderElectionRecord toRecord(LeaseSpec s) {
        if (s == null) {
            return new LeaderElectionRecord("", Duration.ZERO, null, null, 0);
        }
        return new LeaderElectionRecord(s.holderIdentity() == null ? "" : s.holderIdentity(),
                Duration.ofSeconds(s.leaseDurationSeconds() == null ? 0 : s.leaseDurationSeconds()),
                s.acquireTime(), s.renewTime(), s.leaseTransitions() == null ? 0 : s.leaseTransitions());
    }

    /** Keeps fields the record does not model (strategy, preferredHolder) from the stored spec. */
    static LeaseSpec toSpec(LeaderElectionRecord r, LeaseSpec old) {
        return new LeaseSpec(r.holderIdentity(), (int) r.leaseDuration().toSeconds(), r.acquireTime(), r.renewTime(),
                r.leaderTransitions(), old == null ? null : old.strategy(), old == null ? null : old.preferredHolder());
    }
}
