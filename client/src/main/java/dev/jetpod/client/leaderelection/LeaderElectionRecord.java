package dev.jetpod.client.leaderelection;

import java.time.Duration;
import java.time.Instant;

/**
 * What a lock stores about its holder, independent of the object that stores it (a Lease here).
 * Timestamps are the holder's wall clock: informative only; expiry is judged by each observer's own clock.
 *
 * @param holderIdentity     who holds it; "" after a graceful release
 * @param leaseDuration      how long others wait, from when they last saw the record change, before taking over
 * @param leaderTransitions  how often the holder changed
 */
public record LeaderElectionRecord(String holderIdentity, Duration leaseDuration, Instant acquireTime, Instant renewTime,
                                   int leaderTransitions) {
    public boolean isHeld() {
        return holderIdentity != null && !holderIdentity.isEmpty();
    }
}
