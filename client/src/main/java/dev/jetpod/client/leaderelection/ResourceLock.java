package dev.jetpod.client.leaderelection;

import io.vertx.core.Future;
import java.util.Optional;

/**
 * Where the leader election record lives. {@link #update} is optimistic: it is based on the object the last
 * {@link #get} saw and fails (409 Conflict) if anyone wrote in between.
 */
public interface ResourceLock {
    /** The current record, or empty if the lock object does not exist. */
    Future<Optional<LeaderElectionRecord>> get();

    /** Creates the lock object holding {@code record}; fails with AlreadyExists if someone was faster. */
    Future<Void> create(LeaderElectionRecord record);

    /** Replaces the record, guarded by the version of the object last read. */
    Future<Void> update(LeaderElectionRecord record);

    /** For logs and events: {@code lease kube-system/jetpod-scheduler}. */
    String describe();
}
