package dev.jetpod.apiserver.handlers;

import dev.jetpod.api.errors.ApiException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.apiserver.http.EncodedJson;
import dev.jetpod.apiserver.http.Reply;
import dev.jetpod.apiserver.http.ResponseFormat;
import dev.jetpod.apiserver.storage.ListOptions;
import io.vertx.core.Future;

/** GET of one object and of a collection (labelSelector, fieldSelector, limit + continue, resourceVersion). */
public final class ReadHandler {

    private final ObjectMapper json;

    public ReadHandler(ObjectMapper json) {
        this.json = json;
    }

    /** resourceVersion=0 may be answered from the watch cache, as in Kubernetes. */
    public <T extends KubeObject<T>> Future<Reply> get(ResourceCall<T> call) {
        return call.store().get(call.namespace(), call.name(), call.query("resourceVersion")).map(Reply::ok);
    }

    /** JSON lists are written from the store's cached bytes: no object of a 10,000-item list is encoded again. */
    public <T extends KubeObject<T>> Future<Reply> list(ResourceCall<T> call) {
        long limit = parseLimit(call.query("limit"));
        ListOptions<T> options = new ListOptions<>(call.namespace(), ListFilters.compile(call), call.query("resourceVersion"), limit, emptyToNull(call.query("continue")));
        return call.store().listEncoded(options).map(l -> call.format() == ResponseFormat.JSON
                ? Reply.ok(new EncodedJson(l.toJson(call.type(), json)))
                : Reply.ok(l.toKubeList(call.type())));
    }

    static long parseLimit(String s) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        try {
            long v = Long.parseLong(s);
            return Math.max(0, v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid value for limit: \"" + s + "\": must be an integer");
        }
    }

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
