package dev.jetpod.apiserver;

import dev.jetpod.apiserver.storage.StorageConfig;
import java.time.Duration;
import java.util.List;

/**
 * How to run an API server.
 *
 * @param storage             etcd endpoints and storage tuning (watch window, timeouts, compaction)
 * @param bindAddress         the address to listen on, e.g. 127.0.0.1
 * @param port                0 picks a free port (tests)
 * @param maxRequestBodyBytes bodies above this are answered 413 (kube-apiserver: 3 MiB)
 * @param namespaceSyncPeriod how often the namespace lifecycle re-examines terminating namespaces
 * @param eventLoops          HTTP verticle instances, one per event loop (default: one per CPU)
 */
public record ApiServerConfig(StorageConfig storage, String bindAddress, int port, long maxRequestBodyBytes, Duration namespaceSyncPeriod,
                              int eventLoops) {
    public static final long DEFAULT_MAX_BODY = 3L * 1024 * 1024;

    public static ApiServerConfig of(List<String> etcdEndpoints, String bindAddress, int port) {
        return new ApiServerConfig(StorageConfig.defaults(etcdEndpoints), bindAddress, port, DEFAULT_MAX_BODY, Duration.ofSeconds(2),
                Runtime.getRuntime().availableProcessors());
    }

    /** Loopback on a free port: what tests and in-process embeddings use. */
    public static ApiServerConfig forTests(String etcdEndpoint) {
        return of(List.of(etcdEndpoint), "127.0.0.1", 0);
    }

    public ApiServerConfig withStorage(StorageConfig s) {
        return new ApiServerConfig(s, bindAddress, port, maxRequestBodyBytes, namespaceSyncPeriod, eventLoops);
    }

    public ApiServerConfig withPort(int p) {
        return new ApiServerConfig(storage, bindAddress, p, maxRequestBodyBytes, namespaceSyncPeriod, eventLoops);
    }

    public ApiServerConfig withEventLoops(int n) {
        return new ApiServerConfig(storage, bindAddress, port, maxRequestBodyBytes, namespaceSyncPeriod, Math.max(1, n));
    }

    public List<String> etcdEndpoints() {
        return storage.endpoints();
    }
}
