package dev.jetpod.jctl.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.Status;
import dev.jetpod.client.KubeClient;
import dev.jetpod.client.ResponseStream;
import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A watch on any resource, read by pulling JSON events ({@code {"type":…,"object":…}}) on jctl's main thread.
 * Frames are newline-delimited and may arrive cut anywhere; an ERROR frame ends the watch with its Status as an
 * {@link ApiException}; the end of the stream shows as an empty result.
 */
public final class JsonWatch implements AutoCloseable {
    /** One event: type ADDED, MODIFIED, DELETED, BOOKMARK; object an object, or a Table when Table rows were asked for. */
    public record Event(String type, JsonNode object) {
    }

    private record Item(Event event, Throwable failure) {
    }

    private final LinkedBlockingQueue<Item> queue = new LinkedBlockingQueue<>();
    private final ObjectMapper json;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private volatile ResponseStream stream;
    private volatile boolean stopWanted;
    private boolean ended;

    private JsonWatch(ObjectMapper json) {
        this.json = json;
    }

    static JsonWatch open(KubeClient client, String path, Map<String, String> query, String accept, ObjectMapper json) {
        JsonWatch w = new JsonWatch(json);
        w.stream = Api.await(client.raw().stream(path, query, accept, w::feed));
        if (w.stopWanted) {
            w.stream.cancel(); // an ERROR frame arrived before the stream was handed back
        }
        w.stream.done().onComplete(ar -> {
            w.flushLast();
            w.queue.add(new Item(null, ar.failed() ? ar.cause() : null));
        });
        return w;
    }

    /** Called on the connection's event loop with each chunk. */
    private void feed(Buffer chunk) {
        byte[] bytes = chunk.getBytes();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                partial.write(bytes, start, i - start);
                line(partial.toByteArray());
                partial.reset();
                start = i + 1;
            }
        }
        partial.write(bytes, start, bytes.length - start);
    }

    private void flushLast() {
        if (partial.size() > 0) {
            line(partial.toByteArray());
            partial.reset();
        }
    }

    private void line(byte[] line) {
        String s = new String(line, java.nio.charset.StandardCharsets.UTF_8).strip();
        if (s.isEmpty()) {
            return;
        }
        try {
            JsonNode frame = json.readTree(s);
            String type = frame.path("type").asText();
            if ("ERROR".equals(type)) {
                Status st = json.treeToValue(frame.path("object"), Status.class);
                queue.add(new Item(null, ApiException.fromStatus(st)));
                stop();
                return;
            }
            queue.add(new Item(new Event(type, frame.path("object")), null));
        } catch (IOException e) {
            queue.add(new Item(null, new IllegalStateException("could not decode a watch event: " + e.getMessage(), e)));
            stop();
        }
    }

    private void stop() {
        stopWanted = true;
        ResponseStream s = stream;
        if (s != null) {
            s.cancel();
        }
    }

    /** The next event, waiting at most {@code timeout} (null: as long as it takes); empty on timeout or at the end. */
    public Optional<Event> next(Duration timeout) {
        if (ended) {
            return Optional.empty();
        }
        Item item;
        try {
            item = timeout == null ? queue.take() : queue.poll(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        if (item == null) {
            return Optional.empty();
        }
        if (item.event() == null) {
            ended = true;
            if (item.failure() instanceof RuntimeException re) {
                throw re;
            }
            if (item.failure() != null) {
                throw new IllegalStateException(item.failure().getMessage(), item.failure());
            }
            return Optional.empty();
        }
        return Optional.of(item.event());
    }

    /** Whether the stream has ended (the server closed it, or an error ended it). */
    public boolean isEnded() {
        return ended;
    }

    @Override
    public void close() {
        stop();
    }
}
