package dev.jetpod.apiserver.registry.conversion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.conversion.Converter;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeList;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.WatchEvent;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.apiserver.storage.EncodedList;
import dev.jetpod.apiserver.storage.EncodedObject;
import dev.jetpod.apiserver.storage.ListOptions;
import dev.jetpod.apiserver.storage.ObjectFilter;
import dev.jetpod.apiserver.storage.ObjectStore;
import dev.jetpod.apiserver.storage.UpdateFunction;
import dev.jetpod.apiserver.storage.Watch;
import dev.jetpod.apiserver.storage.WatchListener;
import dev.jetpod.apiserver.storage.WatchOptions;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/**
 * A served version that is stored as another (autoscaling/v1 HPAs stored as v2), as an {@link ObjectStore} of the
 * served version: every object goes through the {@link Converter} on its way in and out of the stored version's
 * store, so there is one etcd key space, one watch cache and one resourceVersion sequence for both versions.
 * Selectors are matched on the served form, as a client of that version wrote them. Lists and watch events are
 * encoded again in the served version (the stored version's cached JSON is not what this version's clients read).
 */
public final class ConvertingStore<E extends KubeObject<E>, S extends KubeObject<S>> implements ObjectStore<E> {
    private final ObjectStore<S> stored;
    private final Converter<E, S> converter;
    private final ObjectMapper json;

    public ConvertingStore(ObjectStore<S> stored, Converter<E, S> converter, ObjectMapper json) {
        this.stored = stored;
        this.converter = converter;
        this.json = json;
    }

    @Override
    public ResourceType<E> type() {
        return converter.served();
    }

    @Override
    public Future<E> create(E object) {
        return stored.create(converter.toStored(object)).map(converter::fromStored);
    }

    @Override
    public Future<EncodedObject<E>> createEncoded(E object) {
        return create(object).map(created -> new EncodedObject<>(created, encode(created)));
    }

    @Override
    public Future<E> get(String namespace, String name) {
        return stored.get(namespace, name).map(converter::fromStored);
    }

    @Override
    public Future<E> get(String namespace, String name, String resourceVersion) {
        return stored.get(namespace, name, resourceVersion).map(converter::fromStored);
    }

    @Override
    public Future<KubeList<E>> list(ListOptions<E> options) {
        return stored.list(storedOptions(options)).map(l -> new KubeList<>(type().apiVersion(), type().listKind(), l.metadata(),
                l.items().stream().map(converter::fromStored).toList()));
    }

    @Override
    public Future<EncodedList<E>> listEncoded(ListOptions<E> options) {
        return stored.listEncoded(storedOptions(options)).map(l -> {
            List<EncodedObject<E>> items = new ArrayList<>(l.items().size());
            for (EncodedObject<S> item : l.items()) {
                E served = converter.fromStored(item.object());
                items.add(new EncodedObject<>(served, encode(served)));
            }
            return new EncodedList<>(l.metadata(), items);
        });
    }

    @Override
    public Future<E> guaranteedUpdate(String namespace, String name, UpdateFunction<E> update) {
        return stored.guaranteedUpdate(namespace, name, current -> {
            E before = converter.fromStored(current);
            E after = update.apply(before);
            // the same instance back means "no change": the stored object is kept as it is, unconverted
            return after == before ? current : converter.toStored(after);
        }).map(converter::fromStored);
    }

    @Override
    public Future<E> delete(String namespace, String name, String expectedResourceVersion) {
        return stored.delete(namespace, name, expectedResourceVersion).map(converter::fromStored);
    }

    @Override
    public Watch watch(WatchOptions<E> options, WatchListener<E> listener) {
        WatchOptions<S> o = new WatchOptions<>(options.namespace(), storedFilter(options.filter()), options.resourceVersion(), options.allowBookmarks());
        return stored.watch(o, new WatchListener<>() {
            @Override
            public void onEvent(WatchEvent.Type eventType, S object, byte[] serializedObject) {
                E served = converter.fromStored(object);
                listener.onEvent(eventType, served, eventType == WatchEvent.Type.BOOKMARK ? bookmark(object) : encode(served));
            }

            @Override
            public void onEventsDelivered() {
                listener.onEventsDelivered();
            }

            @Override
            public void onError(ApiException error) {
                listener.onError(error);
            }

            @Override
            public void onClosed(String reason) {
                listener.onClosed(reason);
            }
        });
    }

    @Override
    public long currentRevision() {
        return stored.currentRevision();
    }

    /** A bookmark is exactly {@code {"apiVersion","kind","metadata":{"resourceVersion"}}}, in the served version. */
    private byte[] bookmark(S object) {
        ObjectNode b = json.createObjectNode().put("apiVersion", type().apiVersion()).put("kind", type().kind());
        b.putObject("metadata").put("resourceVersion", object.metadata().resourceVersion());
        try {
            return json.writeValueAsBytes(b);
        } catch (JsonProcessingException e) {
            throw ApiException.internal("could not encode a bookmark: " + e.getOriginalMessage());
        }
    }

    private ListOptions<S> storedOptions(ListOptions<E> options) {
        return new ListOptions<>(options.namespace(), storedFilter(options.filter()), options.resourceVersion(), options.limit(),
                options.continueToken());
    }

    private ObjectFilter<S> storedFilter(ObjectFilter<E> filter) {
        return ObjectFilter.isEverything(filter) ? ObjectFilter.everything() : s -> filter.matches(converter.fromStored(s));
    }

    private byte[] encode(E object) {
        try {
            return json.writeValueAsBytes(object);
        } catch (JsonProcessingException e) {
            throw ApiException.internal("could not encode " + type().kind() + " \"" + object.metadata().name() + "\": " + e.getOriginalMessage());
        }
    }
}
