package dev.jetpod.client.leaderelection;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.client.blocking.Await;
import dev.jetpod.client.clock.FakeClock;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The election rules stepped by hand on a fake clock; the timer loop is exercised against a real apiserver elsewhere. */
class LeaderElectorTest {
    private static Vertx vertx;
    private final FakeClock clock = new FakeClock();
    private final InMemoryLock lock = new InMemoryLock();

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.close();
    }

    /** Records callbacks in order, e.g. "a:started", "a:leader=b". */
    private static final class Recorder implements LeaderCallbacks {
        final String id;
        final List<String> log;

        Recorder(String id, List<String> log) {
            this.id = id;
            this.log = log;
        }

        @Override
        public void onStartedLeading() {
            log.add(id + ":started");
        }

        @Override
        public void onStoppedLeading() {
            log.add(id + ":stopped");
        }

        @Override
        public void onNewLeader(String identity) {
            log.add(id + ":leader=" + identity);
        }
    }

    private final List<String> events = new CopyOnWriteArrayList<>();

    private LeaderElector elector(String id, boolean release) {
        LeaderElectionConfig cfg = new LeaderElectionConfig(id, Duration.ofSeconds(15), Duration.ofSeconds(10), Duration.ofSeconds(2), release);
        return new LeaderElector(vertx, lock.view(id), cfg, new Recorder(id, events), clock);
    }

    private static void step(LeaderElector e) {
        Await.result(e.step());
    }

    private void awaitEvents(String... expected) {
        await().atMost(Duration.ofSeconds(10)).until(() -> events.containsAll(List.of(expected)));
    }

    @Test
    void firstComerCreatesTheLockAndRenewsKeepingAcquireTime() {
        LeaderElector a = elector("a", false);
        step(a);
        assertTrue(a.isLeader());
        LeaderElectionRecord r1 = lock.record().orElseThrow();
        assertEquals("a", r1.holderIdentity());
        assertEquals(0, r1.leaderTransitions());
        assertEquals(Duration.ofSeconds(15), r1.leaseDuration());
        clock.advance(Duration.ofSeconds(2));
        step(a);
        LeaderElectionRecord r2 = lock.record().orElseThrow();
        assertEquals(r1.acquireTime(), r2.acquireTime());
        assertEquals(r1.renewTime().plusSeconds(2), r2.renewTime());
        awaitEvents("a:leader=a", "a:started");
    }

    @Test
    void aFollowerWaitsTheLeaseDurationFromWhenItLastSawAChangeThenTakesOver() {
        LeaderElector a = elector("a", false);
        LeaderElector b = elector("b", false);
        step(a);
        step(b);
        assertFalse(b.isLeader());
        assertEquals("a", b.observedLeader());

        // a keeps renewing: b never takes over however long it watches
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofSeconds(2));
            step(a);
            step(b);
            assertTrue(a.isLeader());
            assertFalse(b.isLeader());
        }

        // a stops renewing (hangs, partitioned): b sees no change for 14 s, then for 15+ s
        clock.advance(Duration.ofSeconds(14));
        step(b);
        assertFalse(b.isLeader(), "lease not yet expired by b's clock");
        clock.advance(Duration.ofSeconds(2));
        step(b);
        assertTrue(b.isLeader());
        LeaderElectionRecord r = lock.record().orElseThrow();
        assertEquals("b", r.holderIdentity());
        assertEquals(1, r.leaderTransitions());

        // a comes back: more than renewDeadline since its last renewal, so it stops leading
        step(a);
        assertFalse(a.isLeader());
        await().atMost(Duration.ofSeconds(10)).until(() -> a.done().isComplete());
        awaitEvents("a:started", "a:stopped", "b:leader=a", "b:started", "b:leader=b");
        assertFalse(events.contains("a:leader=b"), "a gave up before it even read the lock again");
    }

    @Test
    void holdersTimestampsAreNotTrustedSoAFastWallClockCannotStealTheLease() {
        LeaderElector a = elector("a", false);
        LeaderElector b = elector("b", false);
        step(a);
        step(b);
        // b's wall clock jumps an hour ahead; its monotonic clock does not move: the lease still counts as fresh
        clock.stepWallClock(Duration.ofHours(1));
        step(b);
        assertFalse(b.isLeader());
        assertEquals("a", lock.record().orElseThrow().holderIdentity());
    }

    @Test
    void ofTwoFollowersRacingForAnExpiredLeaseOnlyOneWins() {
        InMemoryLock.View aView = lock.view("a");
        LeaderElectionConfig cfg = new LeaderElectionConfig("a", Duration.ofSeconds(15), Duration.ofSeconds(10), Duration.ofSeconds(2), false);
        LeaderElector a = new LeaderElector(vertx, aView, cfg, new Recorder("a", events), clock);
        LeaderElector b = elector("b", false);
        LeaderElector gone = elector("gone", false);
        step(gone);
        step(a);
        step(b);
        clock.advance(Duration.ofSeconds(16)); // "gone" stopped renewing; a and b both judge the lease expired
        // a reads the expired record; before its takeover write lands, b reads the same record and writes first
        aView.interleaveBeforeNextUpdate(() -> step(b));
        step(a);
        assertTrue(b.isLeader());
        assertFalse(a.isLeader(), "a's write was based on an outdated read: 409, not leader");
        LeaderElectionRecord r = lock.record().orElseThrow();
        assertEquals("b", r.holderIdentity());
        assertEquals(1, r.leaderTransitions(), "one takeover, counted once");
    }

    @Test
    void theLeaderGivesUpWhenItCannotRenewWithinTheDeadline() {
        LeaderElector a = elector("a", false);
        step(a);
        lock.setUnavailable(true);
        clock.advance(Duration.ofSeconds(2));
        step(a);
        clock.advance(Duration.ofSeconds(6));
        step(a);
        assertTrue(a.isLeader(), "8 s without renewal is within the 10 s deadline");
        clock.advance(Duration.ofSeconds(3));
        step(a);
        assertFalse(a.isLeader());
        awaitEvents("a:started", "a:stopped");
        await().atMost(Duration.ofSeconds(10)).until(() -> a.done().isComplete());
    }

    @Test
    void gracefulStopReleasesSoAnotherTakesOverWithoutWaiting() {
        LeaderElector a = elector("a", true);
        LeaderElector b = elector("b", true);
        step(a);
        step(b);
        Await.result(a.stop());
        assertFalse(a.isLeader());
        LeaderElectionRecord released = lock.record().orElseThrow();
        assertEquals("", released.holderIdentity());
        assertEquals(Duration.ofSeconds(1), released.leaseDuration());
        step(b); // no clock advance needed
        assertTrue(b.isLeader());
        assertEquals(1, lock.record().orElseThrow().leaderTransitions());
        awaitEvents("a:started", "a:stopped", "b:started");
    }

    @Test
    void rejectsInconsistentTimings() {
        assertThrows(IllegalArgumentException.class, () -> new LeaderElectionConfig("a", Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(2), false));
        assertThrows(IllegalArgumentException.class, () -> new LeaderElectionConfig("a", Duration.ofSeconds(15), Duration.ofSeconds(2), Duration.ofSeconds(2), false));
        assertThrows(IllegalArgumentException.class, () -> new LeaderElectionConfig("", Duration.ofSeconds(15), Duration.ofSeconds(10), Duration.ofSeconds(2), false));
    }
}
