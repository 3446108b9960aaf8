package dev.jetpod.client.leaderelection;

import dev.jetpod.api.errors.ApiException;
import io.vertx.core.Future;
import java.util.Optional;

/**
 * One lock record shared by several electors in a unit test, with the optimistic-concurrency rule of the real
 * store: an update based on an outdated read is a 409. Each elector gets its own {@link View} (its own "last read").
 */
final class InMemoryLock {
    private LeaderElectionRecord record;
    private long version;
    private boolean unavailable;

    synchronized void setUnavailable(boolean down) {
        unavailable = down;
    }

    synchronized Optional<LeaderElectionRecord> record() {
        return Optional.ofNullable(record);
    }

    View view(String who) {
        return new View(who);
    }

    final class View implements ResourceLock {
        private final String who;
        private long readVersion = -1;
        private Runnable beforeNextUpdate;

        /** Runs once between this view's next read and its write: lets a test slip a competing write in. */
        void interleaveBeforeNextUpdate(Runnable r) {
            beforeNextUpdate = r;
        }

        View(String who) {
            this.who = who;
        }

        @Override
        public Future<Optional<LeaderElectionRecord>> get() {
            synchronized (InMemoryLock.this) {
                if (unavailable) {
                    return Future.failedFuture(ApiException.unavailable("etcd is down"));
                }
                readVersion = version;
                return Future.succeededFuture(Optional.ofNullable(record));
            }
        }

        @Override
        public Future<Void> create(LeaderElectionRecord r) {
            synchronized (InMemoryLock.this) {
                if (unavailable) {
                    return Future.failedFuture(ApiException.unavailable("etcd is down"));
                }
                if (record != null) {
                    return Future.failedFuture(ApiException.alreadyExists("coordination.k8s.io", "leases", "test"));
                }
                record = r;
                readVersion = ++version;
                return Future.succeededFuture();
            }
        }

        @Override
        public Future<Void> update(LeaderElectionRecord r) {
            Runnable hook = beforeNextUpdate;
            beforeNextUpdate = null;
            if (hook != null) {
                hook.run();
            }
            synchronized (InMemoryLock.this) {
                if (unavailable) {
                    return Future.failedFuture(ApiException.unavailable("etcd is down"));
                }
                if (readVersion != version) {
                    return Future.failedFuture(ApiException.modified("coordination.k8s.io", "leases", "test"));
                }
                record = r;
                readVersion = ++version;
                return Future.succeededFuture();
            }
        }

        @Override
        public String describe() {
            return "in-memory lock seen by " + who;
        }
    }
}
