package dev.jetpod.client;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request as the transport sends it. {@code verb} is the Kubernetes verb for metrics and messages
 * (get, list, watch, create, …); query values are kept raw and encoded once in {@link #uri}.
 */
record ApiRequest(String verb, HttpMethod method, String path, Map<String, String> query, String accept, String contentType, Buffer body) {
    static final String JSON = "application/json";

    static ApiRequest of(String verb, HttpMethod method, String path) {
        return new ApiRequest(verb, method, path, new LinkedHashMap<>(), JSON, null, null);
    }

    ApiRequest query(String key, String value) {
        if (value != null) {
            query.put(key, value);
        }
        return this;
    }

    ApiRequest queryAll(Map<String, String> values) {
        query.putAll(values);
        return this;
    }

    ApiRequest accept(String a) {
        return new ApiRequest(verb, method, path, query, a, contentType, body);
    }

    ApiRequest body(String type, Buffer b) {
        return new ApiRequest(verb, method, path, query, accept, type, b);
    }

    /** The path and query as sent, under the server's path prefix. */
    String uri(String prefix) {
        StringBuilder b = new StringBuilder(prefix).append(path);
        char sep = path.indexOf('?') < 0 ? '?' : '&';
        for (Map.Entry<String, String> e : query.entrySet()) {
            b.append(sep).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
            sep = '&';
        }
        return b.toString();
    }

    /** "GET /api/v1/pods", for messages. */
    String describe() {
        return method.name() + " " + path;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
