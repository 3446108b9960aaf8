package dev.jetpod.client.leaderelection;

import dev.jetpod.client.clock.Clock;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leader election over a {@link ResourceLock}, with client-go's semantics:
 * <ul>
 *   <li>every retryPeriod (with jitter) a follower tries to acquire: it succeeds if the lock does not exist, is
 *       released (no holder), or has not changed for leaseDuration <em>as measured by this process's own monotonic
 *       clock since it last saw the record change</em> — holders' timestamps are never trusted, so clock skew between
 *       machines cannot make two leaders;</li>
 *   <li>the leader renews every retryPeriod by an optimistic update (a 409 means someone else wrote: not renewed);</li>
 *   <li>if the leader has not renewed for renewDeadline it stops leading (before others may take over at
 *       leaseDuration), calls onStoppedLeading, and this elector is done;</li>
 *   <li>a takeover increments leaderTransitions; a graceful {@link #stop()} may release the lock.</li>
 * </ul>
 * All state lives on one Vert.x context; callbacks run on a dedicated thread.
 */
public final class LeaderElector {
    private static final Logger log = LoggerFactory.getLogger(LeaderElector.class);

    private enum State { NEW, FOLLOWING, LEADING, STOPPED }

    private final LeaderElectionConfig config;
    private final ResourceLock lock;
    private final LeaderCallbacks callbacks;
    private final Clock clock;
    private final Vertx vertx;
    private final Context context;
    private final ExecutorService callbackThread;
    private final Promise<Void> done = Promise.promise();

    private State state = State.NEW;
    private LeaderElectionRecord observedRecord;
    private long observedNanos;
    private long lastRenewNanos;
    private String reportedLeader;
    private boolean attemptInFlight;
    private long timer = -1;
    private volatile boolean leader;
    private volatile String observedLeader = "";

    public LeaderElector(Vertx vertx, ResourceLock lock, LeaderElectionConfig config, LeaderCallbacks callbacks, Clock clock) {
        this.vertx = vertx;
        this.lock = lock;
        this.config = config;
        this.callbacks = callbacks;
        this.clock = clock;
        this.context = vertx.getOrCreateContext();
        this.callbackThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "leader-election-" + config.identity());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts competing. The returned future completes when this elector is finished: after {@link #stop()}, or
     * after it lost the lease (then onStoppedLeading has been called; a component usually exits and restarts).
     */
    public Future<Void> run() {
        context.runOnContext(v -> {
            if (state == State.NEW) {
                state = State.FOLLOWING;
                log.info("leader election started lock=\"{}\" identity={}", lock.describe(), config.identity());
                loop();
            }
        });
        return done.future();
    }

    public boolean isLeader() {
        return leader;
    }

    /** The holder last observed in the lock ("" if none). */
    public String observedLeader() {
        return observedLeader;
    }

    public Future<Void> done() {
        return done.future();
    }

    /** Stops competing; if leading, stops leading (releasing the lock first when configured to). */
    public Future<Void> stop() {
        Promise<Void> stopped = Promise.promise();
        context.runOnContext(v -> {
            if (state == State.STOPPED) {
                done.future().onComplete(x -> stopped.complete());
                return;
            }
            boolean wasLeading = state == State.LEADING;
            state = State.STOPPED;
            if (timer >= 0) {
                vertx.cancelTimer(timer);
            }
            Future<Void> release = wasLeading && config.releaseOnCancel() ? release() : Future.succeededFuture();
            release.onComplete(ar -> {
                if (wasLeading) {
                    leader = false;
                    notify(callbacks::onStoppedLeading);
                }
                finish();
                stopped.complete();
            });
        });
        return stopped.future();
    }

    private void loop() {
        if (state == State.STOPPED) {
            return;
        }
        step();
        if (state == State.STOPPED) {
            return;
        }
        Duration next = state == State.LEADING ? config.retryPeriod()
                : Duration.ofNanos((long) (config.retryPeriod().toNanos() * (1 + (LeaderElectionConfig.JITTER_FACTOR - 1) * ThreadLocalRandom.current().nextDouble())));
        timer = vertx.setTimer(Math.max(1, next.toMillis()), id -> context.runOnContext(x -> loop()));
    }

    /** One round: give up leading if the renew deadline passed, else start an attempt unless one is in flight. */
    Future<Void> step() {
        if (state == State.NEW) {
            state = State.FOLLOWING;
        }
        checkRenewDeadline();
        if (state == State.STOPPED || attemptInFlight) {
            return Future.succeededFuture();
        }
        attemptInFlight = true;
        return tryAcquireOrRenew().map(ok -> {
            attemptInFlight = false;
            afterAttempt(ok);
            return null;
        });
    }

    private void afterAttempt(boolean ok) {
        if (state == State.STOPPED) {
            if (ok && config.releaseOnCancel()) {
                release(); // acquired while stopping: give it back
            }
            return;
        }
        if (ok) {
            lastRenewNanos = clock.nanoTime();
            if (state == State.FOLLOWING) {
                state = State.LEADING;
                leader = true;
                log.info("became leader lock=\"{}\" identity={}", lock.describe(), config.identity());
                notify(callbacks::onStartedLeading);
            }
        } else {
            checkRenewDeadline();
        }
    }

    private void checkRenewDeadline() {
        if (state == State.LEADING && clock.nanoTime() - lastRenewNanos > config.renewDeadline().toNanos()) {
            log.warn("lost leadership: no renewal within {}s lock=\"{}\" identity={}", config.renewDeadline().toSeconds(), lock.describe(), config.identity());
            state = State.STOPPED;
            leader = false;
            if (timer >= 0) {
                vertx.cancelTimer(timer);
            }
            notify(callbacks::onStoppedLeading);
            finish();
        }
    }

    /** One attempt to take or keep the lock; true if we hold it afterwards. Never fails. */
    Future<Boolean> tryAcquireOrRenew() {
        Instant now = clock.now();
        return lock.get().compose(current -> {
            if (current.isEmpty()) {
                LeaderElectionRecord mine = new LeaderElectionRecord(config.identity(), config.leaseDuration(), now, now, 0);
                return lock.create(mine).map(v -> {
                    observe(mine);
                    return true;
                });
            }
            LeaderElectionRecord old = current.get();
            if (!old.equals(observedRecord)) {
                observe(old);
            }
            boolean mine = config.identity().equals(old.holderIdentity());
            if (old.isHeld() && !mine && observedNanos + old.leaseDuration().toNanos() > clock.nanoTime()) {
                return Future.succeededFuture(false);
            }
            LeaderElectionRecord next = mine
                    ? new LeaderElectionRecord(config.identity(), config.leaseDuration(), old.acquireTime(), now, old.leaderTransitions())
                    : new LeaderElectionRecord(config.identity(), config.leaseDuration(), now, now, old.leaderTransitions() + 1);
            return lock.update(next).map(v -> {
                observe(next);
                return true;
            });
        }).otherwise(e -> {
            log.debug("lock attempt failed lock=\"{}\" identity={}: {}", lock.describe(), config.identity(), e.getMessage());
            return false;
        });
    }

    private void observe(LeaderElectionRecord r) {
        observedRecord = r;
        observedNanos = clock.nanoTime();
        observedLeader = r.holderIdentity();
        if (r.isHeld() && !r.holderIdentity().equals(reportedLeader)) {
            reportedLeader = r.holderIdentity();
            String who = reportedLeader;
            notify(() -> callbacks.onNewLeader(who));
        }
    }

    /** Clears the holder so that followers need not wait out the lease. */
    private Future<Void> release() {
        Instant now = clock.now();
        int transitions = observedRecord == null ? 0 : observedRecord.leaderTransitions();
        LeaderElectionRecord released = new LeaderElectionRecord("", Duration.ofSeconds(1), now, now, transitions);
        return lock.update(released).onSuccess(v -> {
            observe(released);
            log.info("released lock=\"{}\" identity={}", lock.describe(), config.identity());
        }).recover(e -> {
            log.warn("could not release lock=\"{}\" identity={}: {}", lock.describe(), config.identity(), e.getMessage());
            return Future.succeededFuture();
        });
    }

    private void notify(Runnable callback) {
        if (callbackThread.isShutdown()) {
            return; // finished: the owner has been told it stopped leading, later news is moot
        }
        callbackThread.execute(() -> {
            try {
                callback.run();
            } catch (RuntimeException e) {
                log.warn("leader election callback failed identity={}", config.identity(), e);
            }
        });
    }

    private void finish() {
        // complete after the callbacks queued so far have run, so that run()'s future means "fully stopped"
        callbackThread.execute(() -> done.tryComplete());
        callbackThread.shutdown();
    }
}
