package dev.jetpod.apiserver.storage;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.options.GetOption;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts etcd's history periodically, as kube-apiserver does every 5 minutes: each tick notes etcd's current
 * revision and compacts to the newest revision noted at least {@code retention} ago, so about {@code retention} of
 * history stays readable (for watches resuming from etcd and for continue tokens). Several apiservers may compact the
 * same etcd; compacting to a revision that is already compacted is harmless and ignored.
 */
final class Compactor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Compactor.class);
    private static final ByteSequence PROBE_KEY = KeyLayout.bytes("/registry/compact_rev_key");

    private final Vertx vertx;
    private final EtcdConnection etcd;
    private final Duration retention;
    private final StorageMetrics metrics;
    private final Deque<Sample> samples = new ArrayDeque<>();
    private final long timer;
    private long compacted;

    Compactor(Vertx vertx, EtcdConnection etcd, StorageMetrics metrics) {
        this.vertx = vertx;
        this.etcd = etcd;
        this.retention = etcd.config().compactionRetention();
        this.metrics = metrics;
        Duration interval = etcd.config().compactionInterval();
        this.timer = interval.isZero() ? -1 : vertx.setPeriodic(interval.toMillis(), id -> compactNow()
                .onFailure(t -> LOG.warn("etcd compaction failed: {}", t.getMessage())));
    }

    /**
     * Notes the current revision and compacts what is older than the retention. Returns the revision compacted to, or
     * 0 when nothing was old enough. Runs on the caller's context; safe to call concurrently with the timer.
     */
    Future<Long> compactNow() {
        return etcd.execute("get", "compaction", () -> etcd.kv().get(PROBE_KEY, GetOption.builder().withCountOnly(true).build()))
                .compose(resp -> {
                    long target = noteAndPick(resp.getHeader().getRevision(), System.nanoTime());
                    if (target <= 0) {
                        return Future.succeededFuture(0L);
                    }
                    return etcd.execute("compact", "compaction", () -> etcd.kv().compact(target))
                            .map(r -> {
                                LOG.info("compacted etcd revision={}", target);
                                metrics.compaction("success");
                                return target;
                            })
                            .recover(t -> {
                                if (t instanceof dev.jetpod.api.errors.ApiException e && e.isGone()) {
                                    // another apiserver (or etcd's own auto-compaction) got there first
                                    metrics.compaction("already-compacted");
                                    return Future.succeededFuture(target);
                                }
                                metrics.compaction("failure");
                                return Future.failedFuture(t);
                            });
                });
    }

    /** Remembers {@code revision} as seen now, and returns the newest revision seen at least retention ago (0: none). */
    private synchronized long noteAndPick(long revision, long nowNanos) {
        samples.addLast(new Sample(nowNanos, revision));
        long cutoff = nowNanos - retention.toNanos();
        long target = 0;
        while (!samples.isEmpty() && samples.peekFirst().nanos() <= cutoff) {
            target = samples.removeFirst().revision();
        }
        if (target <= compacted) {
            return 0;
        }
        compacted = target;
        return target;
    }

    @Override
    public void close() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private record Sample(long nanos, long revision) {
    }
}
