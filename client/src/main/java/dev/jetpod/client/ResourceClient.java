package dev.jetpod.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.api.codec.DecodeErrors;
import dev.jetpod.api.meta.DeleteOptions;
import dev.jetpod.api.meta.KubeList;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ListMeta;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.meta.WatchEvent;
import dev.jetpod.api.scheme.ResourceType;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Typed access to one resource type, with paths from {@link ResourceType}. Name-based calls take the namespace
 * first (ignored for cluster-scoped types; null on a list or watch of a namespaced type means all namespaces);
 * object-based calls (create, update) take the namespace from the object's metadata.
 */
public final class ResourceClient<T extends KubeObject<T>> {
    /** A page size for {@link #listAll} when the caller sets none: kubectl's. */
    public static final int DEFAULT_PAGE_SIZE = 500;

    private final KubeClient client;
    private final ResourceType<T> type;
    private final JavaType objectType;
    private final JavaType listType;

    ResourceClient(KubeClient client, ResourceType<T> type) {
        this.client = client;
        this.type = type;
        this.objectType = client.json().constructType(type.javaType());
        this.listType = client.json().getTypeFactory().constructParametricType(KubeList.class, type.javaType());
    }

    public ResourceType<T> type() {
        return type;
    }

    public Future<T> get(String namespace, String name) {
        return objectPath(namespace, name, "get")
                .compose(path -> call(ApiRequest.of("get", HttpMethod.GET, path), objectType));
    }

    /** One page (or everything if the options set no limit). */
    public Future<KubeList<T>> list(String namespace, ListOptions options) {
        ApiRequest r = ApiRequest.of("list", HttpMethod.GET, type.collectionPath(namespace)).queryAll(options.toQuery());
        return call(r, listType);
    }

    /**
     * Every page, following {@code continue} tokens (page size from the options, else {@value #DEFAULT_PAGE_SIZE}),
     * handed to {@code onPage} in order; completes with the first page's list metadata (the snapshot's revision).
     */
    public Future<ListMeta> forEachPage(String namespace, ListOptions options, Consumer<KubeList<T>> onPage) {
        ListOptions paged = options.limit() == null ? options.withLimit(DEFAULT_PAGE_SIZE) : options;
        Promise<ListMeta> result = Promise.promise();
        nextPage(namespace, paged, onPage, null, result);
        return result.future();
    }

    private void nextPage(String namespace, ListOptions options, Consumer<KubeList<T>> onPage, ListMeta first, Promise<ListMeta> result) {
        list(namespace, options).onComplete(ar -> {
            if (ar.failed()) {
                result.fail(ar.cause());
                return;
            }
            KubeList<T> page = ar.result();
            ListMeta meta = first == null ? page.metadata() : first;
            try {
                onPage.accept(page);
            } catch (RuntimeException e) {
                result.fail(e);
                return;
            }
            String token = page.metadata() == null ? null : page.metadata().continueToken();
            if (token == null || token.isEmpty()) {
                result.complete(meta == null ? ListMeta.at(null) : new ListMeta(meta.resourceVersion(), null, null));
            } else {
                nextPage(namespace, options.withContinue(token), onPage, meta, result);
            }
        });
    }

    /** All pages joined into one list at the first page's resourceVersion. */
    public Future<KubeList<T>> listAll(String namespace, ListOptions options) {
        List<T> items = new ArrayList<>();
        return forEachPage(namespace, options, page -> {
            if (page.items() != null) {
                items.addAll(page.items());
            }
        }).map(meta -> new KubeList<>(type.apiVersion(), type.listKind(), meta, List.copyOf(items)));
    }

    public Future<T> create(T object) {
        return create(object, WriteOptions.NONE);
    }

    public Future<T> create(T object, WriteOptions options) {
        String ns = namespaceOf(object);
        if (type.namespaced() && ns == null) {
            return Future.failedFuture(new IllegalArgumentException(type.plural() + " are namespaced: set metadata.namespace to create one"));
        }
        ApiRequest r = ApiRequest.of("create", HttpMethod.POST, type.collectionPath(ns)).queryAll(options.toQuery())
                .body(ApiRequest.JSON, client.encode(withTypeMeta(object)));
        return call(r, objectType);
    }

    /** PUT of the whole object; its resourceVersion must match the stored one, else 409 Conflict. */
    public Future<T> update(T object) {
        return update(object, WriteOptions.NONE);
    }

    public Future<T> update(T object, WriteOptions options) {
        return put(object, null, "update", options);
    }

    /** PUT to the status subresource: only .status changes. */
    public Future<T> updateStatus(T object) {
        return put(object, "status", "update", WriteOptions.NONE);
    }

    private Future<T> put(T object, String subresource, String verb, WriteOptions options) {
        ObjectMeta m = object.metadata();
        return objectPath(namespaceOf(object), m == null ? null : m.name(), verb)
                .compose(path -> call(ApiRequest.of(verb, HttpMethod.PUT, subresource == null ? path : path + "/" + subresource)
                        .queryAll(options.toQuery()).body(ApiRequest.JSON, client.encode(withTypeMeta(object))), objectType));
    }

    /** A patch in the format the caller chose; the body is sent as given. */
    public Future<T> patch(String namespace, String name, PatchType patchType, String patch) {
        return patch(namespace, name, patchType, patch, WriteOptions.NONE);
    }

    public Future<T> patch(String namespace, String name, PatchType patchType, String patch, WriteOptions options) {
        return patchSubresource(namespace, name, null, patchType, patch, options, type.javaType());
    }

    public Future<T> patchStatus(String namespace, String name, PatchType patchType, String patch) {
        return patchSubresource(namespace, name, "status", patchType, patch, WriteOptions.NONE, type.javaType());
    }

    public Future<Optional<T>> delete(String namespace, String name) {
        return delete(namespace, name, DeleteOptionsBuilder.defaults());
    }

    /**
     * Deletes. The result holds the object when it is still there (a pod in its grace period, finalizers pending),
     * and is empty when it is gone.
     */
    public Future<Optional<T>> delete(String namespace, String name, DeleteOptions options) {
        return objectPath(namespace, name, "delete")
                .compose(path -> client.transport().send(ApiRequest.of("delete", HttpMethod.DELETE, path)
                        .body(ApiRequest.JSON, client.encode(options))))
                .compose(resp -> client.<JsonNode>decode(resp.body(), client.json().constructType(JsonNode.class), "DELETE " + type.qualifiedName())
                        .compose(tree -> {
                            if (tree == null || tree.isNull() || "Status".equals(tree.path("kind").asText())) {
                                return Future.succeededFuture(Optional.<T>empty());
                            }
                            try {
                                return Future.succeededFuture(Optional.of(client.json().treeToValue(tree, type.javaType())));
                            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                                return Future.failedFuture(new ResponseDecodeException("could not decode the answer to DELETE " + name + ": " + DecodeErrors.describe(e), e));
                            }
                        }));
    }

    /** Deletes everything the selectors match in the namespace (null: all namespaces). */
    public Future<Void> deleteCollection(String namespace, ListOptions selection, DeleteOptions options) {
        ApiRequest r = ApiRequest.of("deletecollection", HttpMethod.DELETE, type.collectionPath(namespace))
                .queryAll(selection.toQuery()).body(ApiRequest.JSON, client.encode(options));
        return client.transport().send(r).mapEmpty();
    }

    /**
     * Opens a watch; events reach {@code handler} on an event loop, in order, without blocking it. Use
     * {@code resourceVersion} in the options to get only changes after a list; {@link Watch#done()} tells how it ended.
     * A 410 answer (resourceVersion too old) fails the returned future, or, as an ERROR frame, the watch's done().
     */
    public Future<Watch> watch(String namespace, ListOptions options, Handler<WatchEvent<T>> handler) {
        ApiRequest r = ApiRequest.of("watch", HttpMethod.GET, type.collectionPath(namespace))
                .query("watch", "true").queryAll(options.toQuery());
        return Watch.open(client, r, type.javaType(), handler);
    }

    /** GET of a subresource, e.g. {@code scale} as autoscaling/v1 Scale. */
    public <R> Future<R> getSubresource(String namespace, String name, String subresource, Class<R> resultType) {
        return objectPath(namespace, name, "get")
                .compose(path -> call(ApiRequest.of("get", HttpMethod.GET, path + "/" + subresource), client.json().constructType(resultType)));
    }

    /** PUT of a subresource, e.g. an updated Scale. */
    public <R> Future<R> replaceSubresource(String namespace, String name, String subresource, Object body, Class<R> resultType) {
        return objectPath(namespace, name, "update")
                .compose(path -> call(ApiRequest.of("update", HttpMethod.PUT, path + "/" + subresource)
                        .body(ApiRequest.JSON, client.encode(body)), client.json().constructType(resultType)));
    }

    /** POST to a subresource, e.g. a Binding to {@code pods/NAME/binding}. */
    public <R> Future<R> createSubresource(String namespace, String name, String subresource, Object body, Class<R> resultType) {
        return objectPath(namespace, name, "create")
                .compose(path -> call(ApiRequest.of("create", HttpMethod.POST, path + "/" + subresource)
                        .body(ApiRequest.JSON, client.encode(body)), client.json().constructType(resultType)));
    }

    /** PATCH of a subresource (null: the object itself), e.g. {@code {"spec":{"replicas":3}}} to scale. */
    public <R> Future<R> patchSubresource(String namespace, String name, String subresource, PatchType patchType, String patch,
                                          WriteOptions options, Class<R> resultType) {
        return objectPath(namespace, name, "patch")
                .compose(path -> call(ApiRequest.of("patch", HttpMethod.PATCH, subresource == null ? path : path + "/" + subresource)
                        .queryAll(options.toQuery())
                        .body(patchType.contentType(), io.vertx.core.buffer.Buffer.buffer(patch)), client.json().constructType(resultType)));
    }

    private <R> Future<R> call(ApiRequest r, JavaType resultType) {
        return client.transport().send(r).compose(resp -> client.decode(resp.body(), resultType, r.describe()));
    }

    private Future<String> objectPath(String namespace, String name, String verb) {
        String problem = PathSegments.nameProblem(name);
        if (problem != null) {
            return Future.failedFuture(new IllegalArgumentException("cannot " + verb + " " + type.plural() + ": " + problem));
        }
        if (type.namespaced() && (namespace == null || namespace.isEmpty())) {
            return Future.failedFuture(new IllegalArgumentException("cannot " + verb + " " + type.plural() + " \"" + name + "\": a namespace is required"));
        }
        String nsProblem = type.namespaced() ? PathSegments.nameProblem(namespace) : null;
        if (nsProblem != null) {
            return Future.failedFuture(new IllegalArgumentException("cannot " + verb + " " + type.plural() + " \"" + name + "\": namespace " + nsProblem));
        }
        return Future.succeededFuture(type.objectPath(namespace, name));
    }

    private String namespaceOf(T object) {
        if (!type.namespaced() || object.metadata() == null) {
            return null;
        }
        String ns = object.metadata().namespace();
        return ns == null || ns.isEmpty() ? null : ns;
    }

    private T withTypeMeta(T object) {
        if (object.apiVersion() == null || object.kind() == null) {
            return object.withTypeMeta(type.apiVersion(), type.kind());
        }
        return object;
    }
}
