package dev.jetpod.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Query parameters of list and watch requests, named as on the wire.
 *
 * @param labelSelector        e.g. {@code app=web,tier in (fe,be)}
 * @param fieldSelector        e.g. {@code spec.nodeName=node-1}
 * @param limit                page size; null for no paging
 * @param continueToken        the previous page's {@code metadata.continue}
 * @param resourceVersion      for watch: only changes after it; for list: "0" allows a cached answer
 * @param timeoutSeconds       for watch: the server ends the stream after this long
 * @param allowWatchBookmarks  for watch: ask for BOOKMARK frames carrying the latest resourceVersion
 */
public record ListOptions(String labelSelector, String fieldSelector, Integer limit, String continueToken,
                          String resourceVersion, Integer timeoutSeconds, boolean allowWatchBookmarks) {
    public static final ListOptions NONE = new ListOptions(null, null, null, null, null, null, false);

    public static ListOptions labelSelector(String selector) {
        return NONE.withLabelSelector(selector);
    }

    public static ListOptions fieldSelector(String selector) {
        return NONE.withFieldSelector(selector);
    }

    public ListOptions withLabelSelector(String s) {
        return new ListOptions(s, fieldSelector, limit, continueToken, resourceVersion, timeoutSeconds, allowWatchBookmarks);
    }

    public ListOptions withFieldSelector(String s) {
        return new ListOptions(labelSelector, s, limit, continueToken, resourceVersion, timeoutSeconds, allowWatchBookmarks);
    }

    public ListOptions withLimit(Integer l) {
        return new ListOptions(labelSelector, fieldSelector, l, continueToken, resourceVersion, timeoutSeconds, allowWatchBookmarks);
    }

    public ListOptions withContinue(String c) {
        return new ListOptions(labelSelector, fieldSelector, limit, c, resourceVersion, timeoutSeconds, allowWatchBookmarks);
    }

    public ListOptions withResourceVersion(String rv) {
        return new ListOptions(labelSelector, fieldSelector, limit, continueToken, rv, timeoutSeconds, allowWatchBookmarks);
    }

    public ListOptions withTimeoutSeconds(Integer t) {
        return new ListOptions(labelSelector, fieldSelector, limit, continueToken, resourceVersion, t, allowWatchBookmarks);
    }

    public ListOptions withBookmarks(boolean b) {
        return new ListOptions(labelSelector, fieldSelector, limit, continueToken, resourceVersion, timeoutSeconds, b);
    }

    /** The query parameters, empty values left out. */
    public Map<String, String> toQuery() {
        Map<String, String> q = new LinkedHashMap<>();
        putIfSet(q, "labelSelector", labelSelector);
        putIfSet(q, "fieldSelector", fieldSelector);
        if (limit != null && limit > 0) {
            q.put("limit", Integer.toString(limit));
        }
        putIfSet(q, "continue", continueToken);
        putIfSet(q, "resourceVersion", resourceVersion);
        if (timeoutSeconds != null) {
            q.put("timeoutSeconds", Integer.toString(timeoutSeconds));
        }
        if (allowWatchBookmarks) {
            q.put("allowWatchBookmarks", "true");
        }
        return q;
    }

    private static void putIfSet(Map<String, String> q, String k, String v) {
        if (v != null && !v.isEmpty()) {
            q.put(k, v);
        }
    }
}
