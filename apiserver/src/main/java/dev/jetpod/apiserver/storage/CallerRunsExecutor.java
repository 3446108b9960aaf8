package dev.jetpod.apiserver.storage;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The executor jetcd runs its unary requests through (its retry wrapper submits each attempt to it): here the
 * submitting thread runs the attempt itself. Sending a gRPC request does not block (it is queued for the gRPC channel's
 * own event loop) and its answer completes on that event loop, so the default pool of jetcd only added two thread
 * hand-offs to every etcd request (caller → pool → gRPC, and gRPC → pool → caller), each a wake-up on a 2-core
 * machine. Retry attempts after a back-off are submitted from the retry scheduler's thread, which then sends them.
 */
final class CallerRunsExecutor extends AbstractExecutorService {
    private volatile boolean shutdown;

    @Override
    public void execute(Runnable command) {
        command.run();
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return shutdown;
    }
}
