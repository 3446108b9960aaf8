package dev.jetpod.jctl.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.codec.DecodeErrors;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.DeleteOptions;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.client.ApiConnectionException;
import dev.jetpod.client.KubeClient;
import dev.jetpod.client.ListOptions;
import dev.jetpod.client.PatchType;
import dev.jetpod.client.RawResponse;
import dev.jetpod.client.blocking.Await;
import dev.jetpod.client.blocking.BlockingKubeClient;
import dev.jetpod.client.blocking.BlockingWatch;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * jctl's view of the apiserver: objects as JSON trees, for any resource type, the way kubectl works on unstructured
 * objects. A tree keeps every field the server sent — printed by {@code -o yaml}, diffed by apply, edited by edit —
 * even one this build's typed model does not know. Printers and describers turn trees into the typed records of
 * {@code dev.jetpod.api} where they need meaning. Every call blocks (jctl runs on its main thread) and is logged
 * from {@code -v=6}.
 */
public final class Api {
    public static final String JSON = "application/json";
    public static final String TABLE = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json";

    private final KubeClient client;
    private final BlockingKubeClient blocking;
    private final ObjectMapper json;
    private final RequestLog log;

    public Api(KubeClient client, ObjectMapper json, RequestLog log) {
        this.client = client;
        this.blocking = client.blocking();
        this.json = json;
        this.log = log;
    }

    public ObjectMapper json() {
        return json;
    }

    public String server() {
        return client.config().serverDisplay();
    }

    public ObjectNode get(ResourceType<?> type, String namespace, String name) {
        return asObject(send(HttpMethod.GET, objectPath(type, namespace, name, "get"), Map.of(), JSON, null, null));
    }

    /** A subresource, e.g. {@code scale}. */
    public ObjectNode getSubresource(ResourceType<?> type, String namespace, String name, String subresource) {
        return asObject(send(HttpMethod.GET, objectPath(type, namespace, name, "get") + "/" + subresource, Map.of(), JSON, null, null));
    }

    /** The object, or empty on 404. */
    public Optional<ObjectNode> find(ResourceType<?> type, String namespace, String name) {
        try {
            return Optional.of(get(type, namespace, name));
        } catch (ApiException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Every page of a list, joined (namespace null: all namespaces, or a cluster-scoped type). */
    public ObjectNode list(ResourceType<?> type, String namespace, ListOptions options) {
        ObjectNode first = null;
        ArrayNode items = json.createArrayNode();
        ListOptions page = options.limit() == null ? options.withLimit(500) : options;
        while (true) {
            ObjectNode l = asObject(send(HttpMethod.GET, type.collectionPath(namespace), page.toQuery(), JSON, null, null));
            if (first == null) {
                first = l;
            }
            l.path("items").forEach(items::add);
            String token = l.path("metadata").path("continue").asText("");
            if (token.isEmpty()) {
                break;
            }
            page = page.withContinue(token);
        }
        first.set("items", items);
        if (first.get("metadata") instanceof ObjectNode m) {
            m.remove("continue");
        }
        return first;
    }

    /** GET of a collection or object path with a chosen Accept (a Table, a list, an object), all pages joined. */
    public JsonNode getAs(String path, Map<String, String> query, String accept) {
        Map<String, String> q = new LinkedHashMap<>(query);
        JsonNode first = null;
        ArrayNode joined = null;
        while (true) {
            JsonNode page = send(HttpMethod.GET, path, q, accept, null, null);
            if (first == null) {
                first = page;
                String field = "Table".equals(page.path("kind").asText()) ? "rows" : "items";
                joined = page.get(field) instanceof ArrayNode a ? a : null;
            } else if (joined != null) {
                String field = "Table".equals(page.path("kind").asText()) ? "rows" : "items";
                page.path(field).forEach(joined::add);
            }
            String token = page.path("metadata").path("continue").asText("");
            if (token.isEmpty() || joined == null) {
                return first;
            }
            q.put("continue", token);
        }
    }

    /** GET of any path, the body as text (for {@code get --raw}). */
    public String getText(String path) {
        long start = System.nanoTime();
        RawResponse r = blocking.send(HttpMethod.GET, path, Map.of(), "application/json, */*", null, null);
        log.request("GET", path, "*/*", status(r.statusCode()), System.nanoTime() - start);
        return r.bodyAsString();
    }

    public JsonNode getPath(String path, String accept) {
        return send(HttpMethod.GET, path, Map.of(), accept, null, null);
    }

    public ObjectNode create(ResourceType<?> type, String namespace, ObjectNode object, Map<String, String> query) {
        String path = type.collectionPath(type.namespaced() ? requireNamespace(type, namespace, "create") : null);
        return asObject(send(HttpMethod.POST, path, query, JSON, JSON, object));
    }

    /** PUT of the whole object; its metadata.resourceVersion makes it conditional (409 if someone wrote in between). */
    public ObjectNode update(ResourceType<?> type, String namespace, String name, ObjectNode object) {
        return update(type, namespace, name, null, object);
    }

    /** PUT of the object or of a subresource ({@code status}, {@code scale}). */
    public ObjectNode update(ResourceType<?> type, String namespace, String name, String subresource, ObjectNode object) {
        String path = objectPath(type, namespace, name, "update") + (subresource == null ? "" : "/" + subresource);
        return asObject(send(HttpMethod.PUT, path, Map.of(), JSON, JSON, object));
    }

    /** PATCH of the object (subresource null) or of a subresource such as {@code scale} or {@code status}. */
    public ObjectNode patch(ResourceType<?> type, String namespace, String name, String subresource, PatchType patchType, String patch) {
        return patch(type, namespace, name, subresource, patchType, patch, Map.of());
    }

    public ObjectNode patch(ResourceType<?> type, String namespace, String name, String subresource, PatchType patchType, String patch,
                            Map<String, String> query) {
        String path = objectPath(type, namespace, name, "patch") + (subresource == null ? "" : "/" + subresource);
        return asObject(sendRaw(HttpMethod.PATCH, path, query, JSON, patchType.contentType(), Buffer.buffer(patch)));
    }

    /** Deletes; the object when it is still there (graceful deletion, finalizers), empty when it is gone. */
    public Optional<ObjectNode> delete(ResourceType<?> type, String namespace, String name, DeleteOptions options) {
        JsonNode answer = send(HttpMethod.DELETE, objectPath(type, namespace, name, "delete"), Map.of(), JSON, JSON, json.valueToTree(options));
        if (answer instanceof ObjectNode o && !"Status".equals(o.path("kind").asText())) {
            return Optional.of(o);
        }
        return Optional.empty();
    }

    /** Opens a watch on a collection; {@code accept} may ask for Table rows. Close it when done. */
    public BlockingWatch<JsonNode> watch(ResourceType<?> type, String namespace, ListOptions options, String accept) {
        Map<String, String> q = new LinkedHashMap<>(options.toQuery());
        String path = type.collectionPath(namespace);
        long start = System.nanoTime();
        try {
            BlockingWatch<JsonNode> w = blocking.watch(path, q, accept);
            log.request("GET", path + query(watchQuery(q)), accept, "200 OK (watch)", System.nanoTime() - start);
            return w;
        } catch (ApiException e) {
            log.request("GET", path + query(watchQuery(q)), accept, e.code() + " " + e.reason().wireName(), System.nanoTime() - start);
            throw e;
        }
    }

    /** The query as sent (the client puts watch=true first), for the request log. */
    private static Map<String, String> watchQuery(Map<String, String> q) {
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("watch", "true");
        sent.putAll(q);
        return sent;
    }

    private JsonNode send(HttpMethod method, String path, Map<String, String> query, String accept, String contentType, JsonNode body) {
        Buffer b = null;
        if (body != null) {
            try {
                b = Buffer.buffer(json.writeValueAsBytes(body));
            } catch (IOException e) {
                throw new IllegalStateException("could not encode the request body: " + e.getMessage(), e);
            }
        }
        return sendRaw(method, path, query, accept, contentType, b);
    }

    private JsonNode sendRaw(HttpMethod method, String path, Map<String, String> query, String accept, String contentType, Buffer body) {
        long start = System.nanoTime();
        RawResponse r;
        try {
            r = blocking.send(method, path, query, accept, contentType, body);
        } catch (ApiException e) {
            log.request(method.name(), path + query(query), accept, e.code() + " " + e.reason().wireName(), System.nanoTime() - start);
            throw e;
        } catch (ApiConnectionException e) {
            log.request(method.name(), path + query(query), accept, "(no answer: " + e.getMessage() + ")", System.nanoTime() - start);
            throw e;
        }
        log.request(method.name(), path + query(query), accept, status(r.statusCode()), System.nanoTime() - start);
        if (log.enabled()) {
            log.body(r.bodyAsString());
        }
        if (r.body() == null || r.body().length() == 0) {
            return json.nullNode();
        }
        try {
            return json.readTree(r.bytes());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the apiserver's answer to " + method + " " + path + " is not JSON: " + DecodeErrors.syntax(e), e);
        } catch (IOException e) {
            throw new IllegalStateException("the apiserver's answer to " + method + " " + path + " could not be read: " + e.getMessage(), e);
        }
    }

    /** "200 OK", as kubectl's request log shows a status. */
    private static String status(int code) {
        return code + " " + io.netty.handler.codec.http.HttpResponseStatus.valueOf(code).reasonPhrase();
    }

    private static ObjectNode asObject(JsonNode n) {
        if (n instanceof ObjectNode o) {
            return o;
        }
        throw new IllegalStateException("the apiserver answered with " + n.getNodeType() + " where an object was expected");
    }

    static String objectPath(ResourceType<?> type, String namespace, String name, String verb) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("cannot " + verb + " " + type.plural() + ": a name is required");
        }
        if (name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || name.indexOf('%') >= 0) {
            throw new IllegalArgumentException("cannot " + verb + " " + type.plural() + ": name \"" + name + "\" may not be '.', '..' or contain '/' or '%'");
        }
        String ns = type.namespaced() ? requireNamespace(type, namespace, verb) : null;
        return type.objectPath(ns, name);
    }

    private static String requireNamespace(ResourceType<?> type, String namespace, String verb) {
        if (namespace == null || namespace.isEmpty()) {
            throw new IllegalArgumentException("cannot " + verb + " " + type.plural() + ": a namespace is required");
        }
        return namespace;
    }

    private static String query(Map<String, String> q) {
        if (q.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        q.forEach((k, v) -> b.append(b.length() == 0 ? '?' : '&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }

    /** Waits for a Vert.x future on this (non event-loop) thread. */
    static <R> R await(io.vertx.core.Future<R> f) {
        return Await.result(f);
    }
}
