package dev.jetpod.apiserver.storage;

/**
 * A running watch; {@link #cancel()} is idempotent.
 *
 * <p>Flow control for the HTTP side: call {@link #pause()} when the response's write queue is full and
 * {@link #resume()} from its drain handler. While paused, events wait in a bounded per-watcher queue in the store; a
 * watcher whose queue overflows is ended with {@link WatchListener#onClosed}, so a stuck client cannot make the
 * apiserver's memory grow without bound.
 */
public interface Watch {
    void cancel();

    /** Stops delivering events (they queue up, within the watcher's limit) until {@link #resume()}. */
    default void pause() {
    }

    /** Delivers queued events again. */
    default void resume() {
    }
}
