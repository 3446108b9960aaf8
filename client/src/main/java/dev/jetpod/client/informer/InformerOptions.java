package dev.jetpod.client.informer;

import java.time.Duration;

/**
 * What an informer lists and watches, and how often it replays its cache to handlers.
 *
 * @param namespace      one namespace, or null for all
 * @param labelSelector  only objects matching it (null: all)
 * @param fieldSelector  e.g. {@code spec.nodeName=node-1} for a kubelet's own pods (null: all)
 * @param resyncPeriod   every so often, each cached object is handed to onUpdate(o, o) (null: never); a safety net
 *                       for controllers whose outside world drifts, not a substitute for watching
 */
public record InformerOptions(String namespace, String labelSelector, String fieldSelector, Duration resyncPeriod) {
    public static final InformerOptions ALL = new InformerOptions(null, null, null, null);

    public InformerOptions withNamespace(String ns) {
        return new InformerOptions(ns, labelSelector, fieldSelector, resyncPeriod);
    }

    public InformerOptions withLabelSelector(String s) {
        return new InformerOptions(namespace, s, fieldSelector, resyncPeriod);
    }

    public InformerOptions withFieldSelector(String s) {
        return new InformerOptions(namespace, labelSelector, s, resyncPeriod);
    }

    public InformerOptions withResyncPeriod(Duration d) {
        return new InformerOptions(namespace, labelSelector, fieldSelector, d);
    }
}
