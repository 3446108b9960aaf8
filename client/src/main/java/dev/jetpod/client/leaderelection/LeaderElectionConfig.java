package dev.jetpod.client.leaderelection;

import java.time.Duration;
import java.util.Objects;

/**
 * Timing and identity of one elector, with client-go's meaning and defaults (15 s / 10 s / 2 s):
 *
 * @param identity         unique per replica, e.g. hostname plus a random suffix
 * @param leaseDuration    how long non-leaders wait, after they last saw the record change, before taking over
 * @param renewDeadline    how long the leader keeps trying to renew before it gives up leading
 * @param retryPeriod      the interval between attempts to acquire or renew
 * @param releaseOnCancel  on a graceful {@link LeaderElector#stop()}, clear the holder so another replica takes over at once
 */
public record LeaderElectionConfig(String identity, Duration leaseDuration, Duration renewDeadline, Duration retryPeriod, boolean releaseOnCancel) {
    /** client-go's jitter on acquire retries, and the margin renewDeadline must keep above retryPeriod. */
    public static final double JITTER_FACTOR = 1.2;

    public LeaderElectionConfig {
        Objects.requireNonNull(identity, "identity");
        if (identity.isEmpty()) {
            throw new IllegalArgumentException("leader election needs a non-empty identity");
        }
        if (leaseDuration.compareTo(renewDeadline) <= 0) {
            throw new IllegalArgumentException("leaseDuration must be greater than renewDeadline");
        }
        if (renewDeadline.toNanos() <= JITTER_FACTOR * retryPeriod.toNanos()) {
            throw new IllegalArgumentException("renewDeadline must be greater than retryPeriod*" + JITTER_FACTOR);
        }
        if (retryPeriod.isNegative() || retryPeriod.isZero()) {
            throw new IllegalArgumentException("retryPeriod must be positive");
        }
        if (leaseDuration.toSeconds() < 1) {
            throw new IllegalArgumentException("leaseDuration must be at least one second (Leases store whole seconds)");
        }
    }

    public static LeaderElectionConfig defaults(String identity) {
        return new LeaderElectionConfig(identity, Duration.ofSeconds(15), Duration.ofSeconds(10), Duration.ofSeconds(2), true);
    }
}
