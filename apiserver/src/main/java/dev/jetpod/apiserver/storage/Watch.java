package dev.jetpod.apiserver.storage;

/** A running watch; {@link #cancel()} is idempotent. */
public interface Watch {
    void cancel();
}
