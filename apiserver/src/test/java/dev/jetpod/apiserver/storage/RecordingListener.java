package dev.jetpod.apiserver.storage;

import static org.awaitility.Awaitility.await;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.WatchEvent;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** Records what a watch delivers, and on which context, for assertions. */
final class RecordingListener<T extends KubeObject<T>> implements WatchListener<T> {
    record Event<T>(WatchEvent.Type type, T object, String json) {
        String name() {
            return ((KubeObject<?>) object).metadata().name();
        }

        long revision() {
            return Long.parseLong(((KubeObject<?>) object).metadata().resourceVersion());
        }
    }

    final List<Event<T>> events = new CopyOnWriteArrayList<>();
    final List<ApiException> errors = new CopyOnWriteArrayList<>();
    final List<String> closed = new CopyOnWriteArrayList<>();
    final List<Context> contexts = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(WatchEvent.Type type, T object, byte[] serializedObject) {
        contexts.add(Vertx.currentContext());
        events.add(new Event<>(type, object, new String(serializedObject, StandardCharsets.UTF_8)));
    }

    @Override
    public void onError(ApiException error) {
        errors.add(error);
    }

    @Override
    public void onClosed(String reason) {
        closed.add(reason);
    }

    List<Event<T>> withoutBookmarks() {
        List<Event<T>> out = new ArrayList<>();
        for (Event<T> e : events) {
            if (e.type() != WatchEvent.Type.BOOKMARK) {
                out.add(e);
            }
        }
        return out;
    }

    void awaitEvents(int n) {
        await().atMost(Duration.ofSeconds(20)).until(() -> withoutBookmarks().size() >= n);
    }

    void awaitEvent(Predicate<Event<T>> p) {
        await().atMost(Duration.ofSeconds(20)).until(() -> events.stream().anyMatch(p));
    }

    ApiException awaitError() {
        await().atMost(Duration.ofSeconds(20)).until(() -> !errors.isEmpty());
        return errors.get(0);
    }
}
