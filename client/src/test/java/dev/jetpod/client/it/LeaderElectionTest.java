package dev.jetpod.client.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.api.coordination.v1.Lease;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.client.ClientConfig;
import dev.jetpod.client.KubeClient;
import dev.jetpod.client.blocking.Await;
import dev.jetpod.client.clock.Clock;
import dev.jetpod.client.leaderelection.LeaderCallbacks;
import dev.jetpod.client.leaderelection.LeaderElectionConfig;
import dev.jetpod.client.leaderelection.LeaderElector;
import dev.jetpod.client.leaderelection.LeaseLock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Electors contending on one real Lease, each through its own cuttable connection, with short timings
 * (lease 3 s, renew deadline 2 s, retry 0.5 s) so that a takeover happens within seconds.
 */
class LeaderElectionTest {
    private static ApiServerFixture f;
    private final List<AutoCloseable> cleanup = new ArrayList<>();
    /** "a:started", "a:stopped", … across all electors, in the order they happened. */
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final AtomicInteger leaders = new AtomicInteger();
    private final AtomicInteger mostLeadersAtOnce = new AtomicInteger();

    @BeforeAll
    static void start() {
        f = new ApiServerFixture();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private record Candidate(LeaderElector elector, CuttableProxy proxy) {
    }

    private Candidate candidate(String ns, String id) {
        CuttableProxy proxy = new CuttableProxy(f.vertx, f.port);
        KubeClient client = KubeClient.create(f.vertx, ClientConfig.forServer(proxy.url()));
        cleanup.add(client);
        cleanup.add(proxy);
        LeaderElectionConfig cfg = new LeaderElectionConfig(id, Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofMillis(500), true);
        LeaderElector e = new LeaderElector(f.vertx, new LeaseLock(client.resource(Resources.LEASES), ns, "controller-manager"), cfg, new LeaderCallbacks() {
            @Override
            public void onStartedLeading() {
                mostLeadersAtOnce.accumulateAndGet(leaders.incrementAndGet(), Math::max);
                log.add(id + ":started");
            }

            @Override
            public void onStoppedLeading() {
                leaders.decrementAndGet();
                log.add(id + ":stopped");
            }
        }, Clock.system());
        return new Candidate(e, proxy);
    }

    private Lease lease(String ns) {
        return f.client.blocking().resource(Resources.LEASES).get(ns, "controller-manager");
    }

    @Test
    void oneLeaderAtATimeTakeoverAfterTheLeaderStopsRenewingAndReleaseOnStop() throws Exception {
        String ns = f.newNamespace("election");
        Candidate a = candidate(ns, "a");
        Candidate b = candidate(ns, "b");
        a.elector().run();
        b.elector().run();
        await().atMost(Duration.ofSeconds(20)).until(() -> a.elector().isLeader() || b.elector().isLeader());
        Candidate leader = a.elector().isLeader() ? a : b;
        Candidate follower = leader == a ? b : a;
        String leaderId = leader == a ? "a" : "b";
        String followerId = leader == a ? "b" : "a";
        assertEquals(leaderId, lease(ns).spec().holderIdentity());
        assertEquals(3, lease(ns).spec().leaseDurationSeconds());
        int transitionsBefore = lease(ns).spec().leaseTransitions() == null ? 0 : lease(ns).spec().leaseTransitions();

        // the leader is partitioned from the apiserver: it stops leading at its renew deadline, the follower takes
        // over once the lease has gone unrenewed for its duration
        leader.proxy().cut();
        await().atMost(Duration.ofSeconds(30)).until(() -> follower.elector().isLeader());
        assertFalse(leader.elector().isLeader());
        assertTrue(log.indexOf(leaderId + ":stopped") >= 0 && log.indexOf(leaderId + ":stopped") < log.indexOf(followerId + ":started"),
                "the old leader stopped before the new one started: " + log);
        assertEquals(1, mostLeadersAtOnce.get(), log.toString());
        assertEquals(followerId, lease(ns).spec().holderIdentity());
        assertEquals(transitionsBefore + 1, lease(ns).spec().leaseTransitions());
        Await.result(leader.elector().done());

        // graceful stop releases the lease: a newcomer takes it without waiting out the lease duration
        Await.result(follower.elector().stop());
        assertEquals("", lease(ns).spec().holderIdentity() == null ? "" : lease(ns).spec().holderIdentity());
        Candidate c = candidate(ns, "c");
        c.elector().run();
        await().atMost(Duration.ofSeconds(10)).until(() -> c.elector().isLeader());
        assertEquals(1, mostLeadersAtOnce.get(), log.toString());
        assertEquals(transitionsBefore + 2, lease(ns).spec().leaseTransitions());
        Await.result(c.elector().stop());
    }

    @org.junit.jupiter.api.AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : cleanup) {
            c.close();
        }
    }
}
