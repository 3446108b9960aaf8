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

    /** One frame: a JSON watch event followed by a newline. A sink may hold it until {@link #flush}. */
    void write(Buffer frame);

    /** Sends what {@link #write} holds (the frames of one delivery batch go out in one write). */
    default void flush() {
    }

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
        return new WatchSink() {
            /** Frames written since the last flush, sent together (one chunk, one syscall). */
            private Buffer pending;
            private boolean pendingShared;

            public void start() {
                response.writeHead();
            }

            // Frames may be shared between watchers (one buffer per event for all of them), so a shared one is copied
            // before anything is appended to it.
            public void write(Buffer frame) {
                if (pending == null) {
                    pending = frame;
                    pendingShared = true;
                    return;
                }
                if (pendingShared) {
                    pending = Buffer.buffer(pending.length() * 4).appendBuffer(pending);
                    pendingShared = false;
                }
                pending.appendBuffer(frame);
            }

            public void flush() {
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
