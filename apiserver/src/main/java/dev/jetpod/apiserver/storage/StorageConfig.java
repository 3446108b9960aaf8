package dev.jetpod.apiserver.storage;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How the storage layer talks to etcd and sizes its caches. {@link #defaults(List)} gives the values the apiserver runs
 * with; tests shorten the intervals with the {@code with…} methods.
 *
 * @param endpoints           etcd client URLs ({@code http://127.0.0.1:2379}); the apiserver's {@code --etcd-servers}
 * @param requestTimeout      bound on every etcd request; past it the request fails with 503 ServiceUnavailable
 * @param compactionInterval  how often the apiserver compacts etcd history (kube-apiserver: 5 minutes); zero disables
 * @param compactionRetention how much history a compaction keeps (revisions newer than this age survive)
 * @param watchWindowEvents   how many recent events each watch cache keeps for watches that resume from a revision
 * @param watcherQueueLimit   events a single watcher may have waiting before it is closed as too slow
 * @param bookmarkInterval    how often watchers that allow bookmarks get one
 * @param updateRetries       how often guaranteedUpdate re-reads and re-applies after losing a race before giving up
 */
public record StorageConfig(
        List<String> endpoints,
        Duration requestTimeout,
        Duration compactionInterval,
        Duration compactionRetention,
        int watchWindowEvents,
        int watcherQueueLimit,
        Duration bookmarkInterval,
        int updateRetries) {

    public StorageConfig {
        endpoints = List.copyOf(endpoints);
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("at least one etcd endpoint is required (--etcd-servers)");
        }
        for (String e : endpoints) {
            validateEndpoint(e);
        }
        requirePositive("requestTimeout", requestTimeout);
        if (compactionInterval.isNegative() || compactionRetention.isNegative()) {
            throw new IllegalArgumentException("compaction interval and retention must not be negative");
        }
        requirePositive("bookmarkInterval", bookmarkInterval);
        if (watchWindowEvents < 1 || watcherQueueLimit < 1 || updateRetries < 1) {
            throw new IllegalArgumentException("watchWindowEvents, watcherQueueLimit and updateRetries must be at least 1");
        }
    }

    public static StorageConfig defaults(List<String> endpoints) {
        return new StorageConfig(endpoints, Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(5),
                10_000, 10_000, Duration.ofSeconds(30), 100);
    }

    /** Parses {@code --etcd-servers}: comma-separated URLs, as kube-apiserver takes them. */
    public static StorageConfig fromEtcdServers(String etcdServers) {
        List<String> endpoints = new ArrayList<>();
        for (String s : etcdServers.split(",")) {
            if (!s.isBlank()) {
                endpoints.add(s.trim());
            }
        }
        return defaults(endpoints);
    }

    public StorageConfig withRequestTimeout(Duration d) {
        return new StorageConfig(endpoints, d, compactionInterval, compactionRetention, watchWindowEvents, watcherQueueLimit, bookmarkInterval, updateRetries);
    }

    public StorageConfig withCompaction(Duration interval, Duration retention) {
        return new StorageConfig(endpoints, requestTimeout, interval, retention, watchWindowEvents, watcherQueueLimit, bookmarkInterval, updateRetries);
    }

    public StorageConfig withWatchWindowEvents(int n) {
        return new StorageConfig(endpoints, requestTimeout, compactionInterval, compactionRetention, n, watcherQueueLimit, bookmarkInterval, updateRetries);
    }

    public StorageConfig withWatcherQueueLimit(int n) {
        return new StorageConfig(endpoints, requestTimeout, compactionInterval, compactionRetention, watchWindowEvents, n, bookmarkInterval, updateRetries);
    }

    public StorageConfig withBookmarkInterval(Duration d) {
        return new StorageConfig(endpoints, requestTimeout, compactionInterval, compactionRetention, watchWindowEvents, watcherQueueLimit, d, updateRetries);
    }

    public StorageConfig withUpdateRetries(int n) {
        return new StorageConfig(endpoints, requestTimeout, compactionInterval, compactionRetention, watchWindowEvents, watcherQueueLimit, bookmarkInterval, n);
    }

    private static void validateEndpoint(String endpoint) {
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid etcd endpoint '" + endpoint + "': " + e.getMessage(), e);
        }
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 0) {
            // TLS to etcd needs client certificates, which come with the security issue; until then plain http only.
            throw new IllegalArgumentException("invalid etcd endpoint '" + endpoint + "': expected http://HOST:PORT");
        }
    }

    private static void requirePositive(String name, Duration d) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
