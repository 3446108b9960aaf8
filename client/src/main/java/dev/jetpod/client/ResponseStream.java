package dev.jetpod.client;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * An open streaming response (a watch, a log follow): chunks go to a handler on the connection's event loop as
 * they arrive. {@link #done()} completes when the server ends the stream or {@link #cancel()} is called, and fails
 * when the connection breaks or the chunk handler throws.
 */
public final class ResponseStream {
    private final HttpClientResponse response;
    private final String server;
    private final String operation;
    private final Promise<Void> done = Promise.promise();
    private final AtomicBoolean cancelled = new AtomicBoolean();

    ResponseStream(HttpClientResponse response, String server, String operation) {
        this.response = response;
        this.server = server;
        this.operation = operation;
    }

    /** Starts delivering; called once, on the response's context, right after the headers arrived. */
    void start(Consumer<Buffer> chunks, Runnable onEnd) {
        response.handler(b -> {
            if (cancelled.get() || done.future().isComplete()) {
                return;
            }
            try {
                chunks.accept(b);
            } catch (RuntimeException e) {
                fail(e);
            }
        });
        response.endHandler(v -> {
            if (!cancelled.get()) {
                try {
                    onEnd.run();
                } catch (RuntimeException e) {
                    fail(e);
                    return;
                }
            }
            done.tryComplete();
        });
        response.exceptionHandler(t -> {
            if (cancelled.get()) {
                done.tryComplete();
            } else {
                fail(ApiConnectionException.from(t, server, operation));
            }
        });
        response.resume();
    }

    /** Ends the stream with an error (a watch ERROR frame, an undecodable chunk) and closes the connection. */
    void fail(Throwable cause) {
        if (done.tryFail(cause)) {
            response.request().reset(0, cause);
        }
    }

    public Future<Void> done() {
        return done.future();
    }

    /** Stops the stream: the connection is closed (HTTP/1.1 cannot abort a response otherwise) and done() succeeds. */
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            done.tryComplete();
            response.request().reset();
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
