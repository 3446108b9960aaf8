package dev.jetpod.client.informer;

import dev.jetpod.client.ResourceKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands cache changes to event handlers on one dedicated thread per informer, off the event loop, in the order they
 * were queued. The handler list is read when a change is queued, so a handler registered later does not also
 * receive changes that its initial replay already contains. Handler exceptions are logged and do not stop delivery.
 */
final class NotificationThread<T> {
    private static final Logger log = LoggerFactory.getLogger(NotificationThread.class);

    private final String resource;
    private final ExecutorService thread;
    /** Changed only on the informer's context, by {@link #addHandler}. */
    private final List<ResourceEventHandler<T>> handlers = new ArrayList<>();

    NotificationThread(String resource) {
        this.resource = resource;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "informer-" + resource);
            t.setDaemon(true);
            return t;
        });
    }

    /** Registers a handler and replays {@code existing} to it as adds, before any later change. */
    void addHandler(ResourceEventHandler<T> h, List<T> existing) {
        handlers.add(h);
        submit(List.of(h), x -> existing.forEach(x::onAdd), "add (replay)", null);
    }

    void added(T o, ResourceKey key) {
        submit(List.copyOf(handlers), h -> h.onAdd(o), "add", key);
    }

    void updated(T old, T now, ResourceKey key) {
        submit(List.copyOf(handlers), h -> h.onUpdate(old, now), "update", key);
    }

    void deleted(T o, ResourceKey key) {
        submit(List.copyOf(handlers), h -> h.onDelete(o), "delete", key);
    }

    void tombstone(DeletedFinalStateUnknown<T> t) {
        submit(List.copyOf(handlers), h -> h.onDeletedFinalStateUnknown(t), "delete (final state unknown)", t.key());
    }

    private void submit(List<ResourceEventHandler<T>> targets, Consumer<ResourceEventHandler<T>> call, String what, ResourceKey key) {
        if (targets.isEmpty() || thread.isShutdown()) {
            return;
        }
        thread.execute(() -> {
            for (ResourceEventHandler<T> h : targets) {
                try {
                    call.accept(h);
                } catch (RuntimeException e) {
                    log.warn("informer handler failed resource={} event=\"{}\" key={} handler={}", resource, what, key, h.getClass().getName(), e);
                }
            }
        });
    }

    /** Stops after what is already queued. */
    void shutdown() {
        thread.shutdown();
    }
}
