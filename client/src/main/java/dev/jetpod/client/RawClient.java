package dev.jetpod.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.api.meta.WatchEvent;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Requests to arbitrary paths with a chosen Accept: discovery ({@code /api}, {@code /apis}), Tables
 * ({@code application/json;as=Table;v=v1;g=meta.k8s.io}), {@code /version}, and streams such as pod logs.
 * Errors are mapped as for typed calls.
 */
public final class RawClient {
    private final KubeClient client;

    RawClient(KubeClient client) {
        this.client = client;
    }

    /** GET a path (it may carry its own query string) with the given Accept. */
    public Future<RawResponse> get(String path, String accept) {
        return send(HttpMethod.GET, path, Map.of(), accept, null, null);
    }

    /** Any method, with query parameters and an optional body (contentType null when there is none). */
    public Future<RawResponse> send(HttpMethod method, String path, Map<String, String> query, String accept, String contentType, Buffer body) {
        ApiRequest r = ApiRequest.of(method.name(), method, path).queryAll(query).accept(accept == null ? ApiRequest.JSON : accept);
        if (body != null) {
            r = r.body(contentType == null ? ApiRequest.JSON : contentType, body);
        }
        return client.transport().send(r);
    }

    /**
     * A watch on any collection path (with {@code watch=true} added) whose objects are left as JSON trees, e.g. Table
     * rows when {@code accept} asks for them. Events, ending and errors as for {@link ResourceClient#watch}.
     */
    public Future<Watch> watch(String path, Map<String, String> query, String accept, Handler<WatchEvent<JsonNode>> handler) {
        ApiRequest r = ApiRequest.of("watch", HttpMethod.GET, path).query("watch", "true").queryAll(query)
                .accept(accept == null ? ApiRequest.JSON : accept);
        return Watch.open(client, r, JsonNode.class, handler);
    }

    /**
     * A streaming GET (pod logs with follow, a raw watch): chunks go to {@code chunks} on an event loop as they
     * arrive; the returned stream's {@code done()} tells how it ended; {@code cancel()} stops it.
     */
    public Future<ResponseStream> stream(String path, Map<String, String> query, String accept, Consumer<Buffer> chunks) {
        ApiRequest r = ApiRequest.of("stream", HttpMethod.GET, path).queryAll(query).accept(accept == null ? "*/*" : accept);
        return client.transport().open(r).map(s -> {
            s.start(chunks, () -> { });
            return s;
        });
    }
}
