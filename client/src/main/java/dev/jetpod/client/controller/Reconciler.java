package dev.jetpod.client.controller;

/**
 * One controller's logic for one key: read the cache, compare with the spec, write only the difference. Runs on a
 * worker thread (it may block on the API). Must be idempotent; a missing object ends quietly. Throwing means "try
 * again later": the key is re-queued with backoff.
 */
@FunctionalInterface
public interface Reconciler<K> {
    void reconcile(K key) throws Exception;
}
