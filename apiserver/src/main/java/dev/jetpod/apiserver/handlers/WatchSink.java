package dev.jetpod.apiserver.handlers;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.ServerWebSocket;

/**
 * Where a watch stream's frames go: a chunked HTTP response, one JSON frame per line (what kubectl and client-java
 * read), or a WebSocket, one JSON frame per text message (what kube-apiserver also offers for a watch request that
 * asks to upgrade, and what the fabric8 client asks for first).
 */
interface WatchSink {

    /** Sends the response head, for a sink that has one. */
    void start();

    /** One frame: a JSON watch event followed by a newline. */
    void write(Buffer frame);

    boolean writeQueueFull();

    void onDrain(Handler<Void> h);

    void onClose(Handler<Void> h);

    boolean isOpen();

    void end();

    static WatchSink http(HttpServerResponse response) {
        response.setStatusCode(200)
                .setChunked(true)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader("Cache-Control", "no-cache, private");
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        return new WatchSink() {
            /** Frames written in the current event-loop turn, sent together by one queued flush. */
            private Buffer pending;
            private boolean pendingShared;

            public void start() {
                response.writeHead();
            }

            // The frames a burst brings to this watcher within one event-loop turn go out in one write (one chunk,
            // one syscall) instead of one each; a lone frame goes out one task later. Frames may be shared between
            // watchers, so a shared one is copied before anything is appended to it.
            public void write(Buffer frame) {
                if (context == null) {
                    response.write(frame);
                    return;
                }
                if (pending == null) {
                    pending = frame;
                    pendingShared = true;
                    context.runOnContext(v -> flush());
                    return;
                }
                if (pendingShared) {
                    pending = Buffer.buffer(pending.length() * 4).appendBuffer(pending);
                    pendingShared = false;
                }
                pending.appendBuffer(frame);
            }

            private void flush() {
                Buffer p = pending;
                pending = null;
                if (p != null && isOpen()) {
                    response.write(p);
                }
            }

            public boolean writeQueueFull() {
                return response.writeQueueFull();
            }

            public void onDrain(Handler<Void> h) {
                response.drainHandler(h);
            }

            public void onClose(Handler<Void> h) {
                response.closeHandler(h);
                response.exceptionHandler(e -> h.handle(null));
            }

            public boolean isOpen() {
                return !response.ended() && !response.closed();
            }

            public void end() {
                flush();
                response.end();
            }
        };
    }

    static WatchSink webSocket(ServerWebSocket ws) {
        return new WatchSink() {
            private boolean closed;

            public void start() {
            }

            public void write(Buffer frame) {
                // the event without its line break, as one text message
                ws.writeFinalTextFrame(frame.getString(0, frame.length() - 1));
            }

            public boolean writeQueueFull() {
                return ws.writeQueueFull();
            }

            public void onDrain(Handler<Void> h) {
                ws.drainHandler(h);
            }

            public void onClose(Handler<Void> h) {
                ws.closeHandler(v -> {
                    closed = true;
                    h.handle(null);
                });
                ws.exceptionHandler(e -> h.handle(null));
            }

            public boolean isOpen() {
                return !closed && !ws.isClosed();
            }

            public void end() {
                closed = true;
                ws.close();
            }
        };
    }
}
