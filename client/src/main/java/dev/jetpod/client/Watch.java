package dev.jetpod.client;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.WatchEvent;
import io.vertx.core.Future;
import io.vertx.core.Handler;

/**
 * An open watch. Events go to the handler given to {@code watch(…)} on the connection's event loop, in order.
 * {@link #done()} tells how it ended:
 * <ul>
 *   <li>succeeded: the server closed the stream (its timeout) or {@link #cancel()} was called — re-watch from the last
 *       resourceVersion seen;</li>
 *   <li>failed with an {@link ApiException}: an ERROR frame, e.g. 410 Expired ({@code isGone()}) — relist;</li>
 *   <li>failed with an {@link ApiConnectionException}: the connection broke;</li>
 *   <li>failed with a {@link ResponseDecodeException} or whatever the handler threw.</li>
 * </ul>
 */
public final class Watch {
    private final ResponseStream stream;

    private Watch(ResponseStream stream) {
        this.stream = stream;
    }

    /** A frame this large is an error rather than unbounded buffering. */
    private static final int MAX_FRAME = 16 * 1024 * 1024;

    /** Sends a watch request; events are decoded as {@code type} (JsonNode for any object, e.g. Table rows). */
    static <T> Future<Watch> open(KubeClient client, ApiRequest request, Class<T> type, Handler<WatchEvent<T>> handler) {
        return client.transport().open(request).map(stream -> {
            client.metrics().watchOpened();
            stream.done().onComplete(ar -> client.metrics().watchClosed());
            return start(stream, new WatchFrameDecoder<>(client.json(), type, MAX_FRAME), handler);
        });
    }

    static <T> Watch start(ResponseStream stream, WatchFrameDecoder<T> decoder, Handler<WatchEvent<T>> handler) {
        Watch w = new Watch(stream);
        stream.start(chunk -> w.deliver(decoder.feed(chunk), handler), () -> w.deliver(decoder.finish(), handler));
        return w;
    }

    private <T> void deliver(java.util.List<WatchFrameDecoder.Frame<T>> frames, Handler<WatchEvent<T>> handler) {
        for (WatchFrameDecoder.Frame<T> f : frames) {
            if (stream.isCancelled() || stream.done().isComplete()) {
                return;
            }
            if (f.type() == WatchEvent.Type.ERROR) {
                stream.fail(f.error() == null ? ApiException.internal("watch ERROR frame without a Status")
                        : ErrorMapper.fromStatus(f.error(), 500));
                return;
            }
            handler.handle(new WatchEvent<>(f.type(), f.object()));
        }
    }

    public Future<Void> done() {
        return stream.done();
    }

    /** Stops the watch; idempotent; done() then succeeds. */
    public void cancel() {
        stream.cancel();
    }

    public boolean isCancelled() {
        return stream.isCancelled();
    }
}
