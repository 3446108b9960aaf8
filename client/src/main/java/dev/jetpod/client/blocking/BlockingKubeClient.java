package dev.jetpod.client.blocking;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.client.KubeClient;
import dev.jetpod.client.RawResponse;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import java.util.Map;

/**
 * The blocking face of a {@link KubeClient}, for CLI main threads, tests and controller worker threads. Each call
 * waits for its answer and throws what the Future would have failed with. Calling it on a Vert.x event loop throws
 * {@link IllegalStateException}.
 */
public final class BlockingKubeClient {
    private final KubeClient client;

    public BlockingKubeClient(KubeClient client) {
        this.client = client;
    }

    public <T extends KubeObject<T>> BlockingResourceClient<T> resource(ResourceType<T> type) {
        return new BlockingResourceClient<>(client.resource(type));
    }

    /** GET of any path with a chosen Accept, e.g. a Table or discovery document. */
    public RawResponse get(String path, String accept) {
        return Await.result(client.raw().get(path, accept));
    }

    public RawResponse send(HttpMethod method, String path, Map<String, String> query, String accept, String contentType, Buffer body) {
        return Await.result(client.raw().send(method, path, query, accept, contentType, body));
    }

    /** A watch on any collection path whose objects stay JSON trees ({@code accept} may ask for Table rows). */
    public BlockingWatch<JsonNode> watch(String path, Map<String, String> query, String accept) {
        return BlockingWatch.open(handler -> client.raw().watch(path, query, accept, handler));
    }

    public KubeClient async() {
        return client;
    }
}
