package dev.jetpod.apiserver.handlers;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeList;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ListMeta;
import dev.jetpod.apiserver.http.Reply;
import dev.jetpod.apiserver.storage.ListOptions;
import io.vertx.core.Future;
import java.util.List;

/** GET of one object and of a collection (labelSelector, fieldSelector, limit + continue, resourceVersion). */
public final class ReadHandler {

    public <T extends KubeObject<T>> Future<Reply> get(ResourceCall<T> call) {
        return call.store().get(call.namespace(), call.name()).map(Reply::ok);
    }

    public <T extends KubeObject<T>> Future<Reply> list(ResourceCall<T> call) {
        long limit = parseLimit(call.query("limit"));
        ListOptions<T> options = new ListOptions<>(call.namespace(), ListFilters.compile(call), call.query("resourceVersion"), limit, emptyToNull(call.query("continue")));
        return call.store().list(options).map(l -> Reply.ok(normalize(call, l)));
    }

    /** Lists always carry apiVersion, kind, metadata and an items array (never null), as clients expect. */
    private static <T extends KubeObject<T>> KubeList<T> normalize(ResourceCall<T> call, KubeList<T> l) {
        List<T> items = l.items() == null ? List.of() : l.items();
        ListMeta meta = l.metadata() == null ? ListMeta.at(String.valueOf(call.store().currentRevision())) : l.metadata();
        return new KubeList<>(call.type().apiVersion(), call.type().listKind(), meta, items);
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
