package dev.jetpod.client.blocking;

import io.vertx.core.Context;
import io.vertx.core.Future;
import java.util.concurrent.ExecutionException;

/**
 * Waits for a Future on a thread that may block. Refuses on a Vert.x event-loop thread: waiting there would stall
 * the loop that has to complete the very future being waited for.
 */
public final class Await {
    private Await() {
    }

    /** The result; failures are rethrown as they are (ApiException, ApiConnectionException, …). */
    public static <R> R result(Future<R> future) {
        assertMayBlock();
        try {
            return future.toCompletionStage().toCompletableFuture().get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c.getMessage(), c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the apiserver", e);
        }
    }

    public static void assertMayBlock() {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("blocking client call on the Vert.x event-loop thread " + Thread.currentThread().getName()
                    + "; use the Future API there");
        }
    }
}
