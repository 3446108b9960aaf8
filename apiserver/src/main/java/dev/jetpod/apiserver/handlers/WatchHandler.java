package dev.jetpod.apiserver.handlers;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.WatchEvent;
import dev.jetpod.apiserver.http.ResponseWriter;
import dev.jetpod.apiserver.metrics.ApiMetrics;
import dev.jetpod.apiserver.storage.ObjectFilter;
import dev.jetpod.apiserver.table.TableReplies;
import dev.jetpod.apiserver.table.WatchTables;
import dev.jetpod.apiserver.storage.Watch;
import dev.jetpod.apiserver.storage.WatchListener;
import dev.jetpod.apiserver.storage.WatchOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watch streams framed as Kubernetes frames them: 200, chunked, one {@code {"type":…,"object":…}} per line, sent as
 * the events come (the frames of one delivery batch in one write; a lone event at once). A watch that cannot start is a plain error response; one that fails later (too old
 * resourceVersion, etcd compaction) ends with one ERROR frame carrying the Status. The stream ends after
 * timeoutSeconds (default: 30 to 60 minutes, spread like kube-apiserver's), or when the client goes away.
 */
public final class WatchHandler {
    private static final Logger LOG = LoggerFactory.getLogger(WatchHandler.class);
    private static final long DEFAULT_MIN_TIMEOUT_SECONDS = 1800;

    private final ResponseWriter writer;
    private final ApiMetrics metrics;
    private final TableReplies tables;

    public WatchHandler(ResponseWriter writer, ApiMetrics metrics, TableReplies tables) {
        this.writer = writer;
        this.metrics = metrics;
        this.tables = tables;
    }

    public <T extends KubeObject<T>> void handle(ResourceCall<T> call) {
        ObjectFilter<T> filter = ListFilters.compile(call);
        if (call.info().hasName()) {
            String name = call.name();
            ObjectFilter<T> base = filter;
            filter = o -> name.equals(o.metadata().name()) && base.matches(o);
        }
        long timeoutSeconds = timeoutSeconds(call.query("timeoutSeconds"));
        boolean bookmarks = "true".equals(call.query("allowWatchBookmarks"));
        WatchOptions<T> options = new WatchOptions<>(call.namespace(), filter, call.query("resourceVersion"), bookmarks);
        if ("websocket".equalsIgnoreCase(call.ctx().request().getHeader(HttpHeaders.UPGRADE))) {
            // once upgraded there is no HTTP status left to give: a watch that cannot start ends with an ERROR message
            call.ctx().request().toWebSocket().onSuccess(ws -> {
                Stream<T> stream = new Stream<>(call, metrics, WatchSink.webSocket(ws));
                stream.watch = call.store().watch(options, stream);
                stream.open(timeoutSeconds);
                if (stream.earlyError != null) {
                    stream.finish(stream.earlyError);
                }
            }).onFailure(call.ctx()::fail);
            return;
        }
        Stream<T> stream = new Stream<>(call, metrics, WatchSink.http(call.ctx().response()));
        // a watch that fails while starting (too old a resourceVersion) is an ordinary error response: no header is out yet
        stream.watch = call.store().watch(options, stream);
        if (stream.earlyError != null) {
            stream.watch.cancel();
            throw stream.earlyError;
        }
        stream.open(timeoutSeconds);
    }

    static long timeoutSeconds(String s) {
        if (s == null || s.isEmpty()) {
            return DEFAULT_MIN_TIMEOUT_SECONDS + ThreadLocalRandom.current().nextLong(DEFAULT_MIN_TIMEOUT_SECONDS);
        }
        try {
            long v = Long.parseLong(s);
            if (v < 0) {
                throw ApiException.badRequest("invalid value for timeoutSeconds: \"" + s + "\": must be non-negative");
            }
            return v == 0 ? DEFAULT_MIN_TIMEOUT_SECONDS : v;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid value for timeoutSeconds: \"" + s + "\": must be an integer");
        }
    }

    /** One open watch: the listener the store calls, writing frames to one response. Runs on the request's context. */
    private final class Stream<T extends KubeObject<T>> implements WatchListener<T> {
        private final ResourceCall<T> call;
        private final WatchSink sink;
        private final ApiMetrics metrics;
        private Watch watch;
        private long timer = -1;
        private boolean opened;
        private boolean wroteFrames;
        private ApiException earlyError;
        private boolean finished;
        /** Non-null when the client asked for Tables (kubectl get -w): each event's object becomes a one-row Table. */
        private final WatchTables<T> tableEvents;

        Stream(ResourceCall<T> call, ApiMetrics metrics, WatchSink sink) {
            this.call = call;
            this.sink = sink;
            this.metrics = metrics;
            this.tableEvents = tables.forWatch(call.format(), call.type().javaType(), call.query("includeObject"));
        }

        void open(long timeoutSeconds) {
            opened = true;
            metrics.watchOpened(call.type().plural());
            sink.onClose(v -> finish(null));
            // flow control: while the socket is full the store queues this watcher's events (bounded; past the bound
            // it ends the watch through onClosed and the client re-watches from its last resourceVersion)
            sink.onDrain(v -> {
                if (watch != null) {
                    watch.resume();
                }
            });
            if (!wroteFrames) {
                sink.start();
            }
            timer = call.ctx().vertx().setTimer(timeoutSeconds * 1000, t -> finish(null));
        }

        @Override
        public void onEvent(WatchEvent.Type type, T object, byte[] serialized) {
            if (finished) {
                return;
            }
            wroteFrames = true;
            if (tableEvents != null) {
                sink.write(frame(type, writer.json(tableEvents.event(type, object))));
            } else {
                sink.write(serialized != null ? sharedFrame(type, serialized) : frame(type, writer.json(object)));
            }
            if (sink.writeQueueFull() && watch != null) {
                watch.pause();
            }
        }

        @Override
        public void onEventsDelivered() {
            sink.flush();
            if (sink.writeQueueFull() && watch != null) {
                watch.pause();
            }
        }

        @Override
        public void onClosed(String reason) {
            LOG.info("op=watch resource={} namespace={} result=closed-by-server reason={}", call.type().plural(), call.namespace(), reason);
            finish(null);
        }

        @Override
        public void onError(ApiException error) {
            finish(error);
        }

        private void finish(ApiException error) {
            if (finished) {
                return;
            }
            if (!opened && !wroteFrames && error != null) {
                earlyError = error;
                return;
            }
            finished = true;
            if (watch != null) {
                watch.cancel();
            }
            if (timer >= 0) {
                call.ctx().vertx().cancelTimer(timer);
            }
            if (opened) {
                metrics.watchClosed(call.type().plural());
            }
            if (sink.isOpen()) {
                if (error != null) {
                    sink.write(frame(WatchEvent.Type.ERROR, writer.json(error.toStatus())));
                }
                sink.end();
            }
        }
    }

    static Buffer frame(WatchEvent.Type type, byte[] object) {
        byte[] head = HEADS[type.ordinal()];
        Buffer b = Buffer.buffer(head.length + object.length + 2);
        return b.appendBytes(head).appendBytes(object).appendBytes(TAIL);
    }

    private static final byte[][] HEADS = heads();
    private static final byte[] TAIL = "}\n".getBytes(StandardCharsets.US_ASCII);

    private static byte[][] heads() {
        byte[][] h = new byte[WatchEvent.Type.values().length][];
        for (WatchEvent.Type t : WatchEvent.Type.values()) {
            h[t.ordinal()] = ("{\"type\":\"" + t.name() + "\",\"object\":").getBytes(StandardCharsets.US_ASCII);
        }
        return h;
    }

    /**
     * The frame of the event most recently framed. The store hands every watcher of one change the same byte array,
     * so a fan-out to many watchers builds the frame once and writes the same (never modified) buffer to each.
     */
    private Buffer sharedFrame(WatchEvent.Type type, byte[] object) {
        LastFrame l = lastFrame;
        if (l != null && l.object == object && l.type == type) {
            return l.frame;
        }
        Buffer f = frame(type, object);
        lastFrame = new LastFrame(type, object, f);
        return f;
    }

    private record LastFrame(WatchEvent.Type type, byte[] object, Buffer frame) {
    }

    private volatile LastFrame lastFrame;
}
