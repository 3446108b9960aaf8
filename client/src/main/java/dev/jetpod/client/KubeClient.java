package dev.jetpod.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.codec.Codecs;
import dev.jetpod.api.codec.DecodeErrors;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.client.blocking.BlockingKubeClient;
import dev.jetpod.client.metrics.ClientMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The entry point: a connection to one apiserver. Typed access per resource type ({@link #resource}), raw access
 * for paths the scheme does not describe ({@link #raw}), and a blocking facade for CLIs and tests
 * ({@link #blocking}). Every call returns a Vert.x {@link Future} and never blocks the calling thread.
 * Thread-safe; one instance per process and apiserver is the intended use.
 */
public final class KubeClient implements AutoCloseable {
    /** Bodies larger than this are decoded on a worker thread, so a 10,000-pod list does not stall an event loop. */
    private static final int INLINE_DECODE_LIMIT = 256 * 1024;

    private final Vertx vertx;
    private final boolean ownsVertx;
    private final ClientConfig config;
    private final ObjectMapper json = Codecs.json();
    private final ClientMetrics metrics;
    private final HttpTransport transport;
    private final Map<ResourceType<?>, ResourceClient<?>> resources = new ConcurrentHashMap<>();

    private KubeClient(Vertx vertx, boolean ownsVertx, ClientConfig config, MeterRegistry registry) {
        this.vertx = vertx;
        this.ownsVertx = ownsVertx;
        this.config = config;
        this.metrics = new ClientMetrics(registry);
        this.transport = new HttpTransport(vertx, config, metrics, json);
    }

    /** A client on the component's Vert.x, with its meters in the component's registry. */
    public static KubeClient create(Vertx vertx, ClientConfig config, MeterRegistry registry) {
        return new KubeClient(vertx, false, config, registry);
    }

    public static KubeClient create(Vertx vertx, ClientConfig config) {
        return new KubeClient(vertx, false, config, new SimpleMeterRegistry());
    }

    /** A client with its own small Vert.x (one event loop), closed with the client: for CLIs and tools. */
    public static KubeClient connect(ClientConfig config) {
        Vertx v = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(2).setInternalBlockingPoolSize(2));
        return new KubeClient(v, true, config, new SimpleMeterRegistry());
    }

    @SuppressWarnings("unchecked")
    public <T extends KubeObject<T>> ResourceClient<T> resource(ResourceType<T> type) {
        return (ResourceClient<T>) resources.computeIfAbsent(type, t -> new ResourceClient<>(this, type));
    }

    public RawClient raw() {
        return new RawClient(this);
    }

    /** Blocking calls for threads that may block (CLI main threads, tests, controller workers) — never an event loop. */
    public BlockingKubeClient blocking() {
        return new BlockingKubeClient(this);
    }

    public ClientConfig config() {
        return config;
    }

    /** The namespace from the kubeconfig context ("default" if none). */
    public String namespace() {
        return config.namespace();
    }

    public Vertx vertx() {
        return vertx;
    }

    public ObjectMapper json() {
        return json;
    }

    public ClientMetrics metrics() {
        return metrics;
    }

    HttpTransport transport() {
        return transport;
    }

    Buffer encode(Object body) {
        try {
            return Buffer.buffer(json.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalArgumentException("could not encode " + body.getClass().getSimpleName() + " as JSON: " + e.getMessage(), e);
        }
    }

    /** Decodes a body as {@code type}: small bodies inline, large ones on a worker thread. */
    <R> Future<R> decode(Buffer body, JavaType type, String what) {
        if (body.length() <= INLINE_DECODE_LIMIT) {
            try {
                return Future.succeededFuture(decodeNow(body, type, what));
            } catch (ResponseDecodeException e) {
                return Future.failedFuture(e);
            }
        }
        return vertx.executeBlocking(() -> decodeNow(body, type, what), false);
    }

    private <R> R decodeNow(Buffer body, JavaType type, String what) {
        try {
            return json.readValue(body.getBytes(), type);
        } catch (IOException e) {
            String m = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? DecodeErrors.describe(j) : e.getMessage();
            throw new ResponseDecodeException("could not decode the answer to " + what + " as a " + type.getRawClass().getSimpleName() + ": " + m, e);
        }
    }

    /** Closes the connections (and the Vert.x instance if {@link #connect} made it). */
    public Future<Void> closeAsync() {
        Future<Void> f = transport.close();
        return ownsVertx ? f.transform(ar -> vertx.close()) : f;
    }

    /** Closes; waits for it unless called on an event loop. */
    @Override
    public void close() {
        Future<Void> f = closeAsync();
        if (!Context.isOnEventLoopThread()) {
            try {
                f.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                // closing is best effort: connections are gone either way
            }
        }
    }
}
