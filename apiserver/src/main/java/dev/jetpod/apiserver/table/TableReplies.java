package dev.jetpod.apiserver.table;

import dev.jetpod.api.meta.KubeList;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.apiserver.http.EncodedJson;
import dev.jetpod.apiserver.http.Reply;
import dev.jetpod.apiserver.http.ResponseFormat;

/**
 * Where a negotiated Table form meets the handlers: a reply holding an object or a list becomes a Table of the
 * negotiated version; anything else (a Status) passes through. Watches get a {@link WatchTables} per stream.
 */
public final class TableReplies {
    private final TableConverter converter;

    public TableReplies(TableConverter converter) {
        this.converter = converter;
    }

    public Reply transform(ResponseFormat format, String includeObject, Reply reply) {
        if (!format.isTable()) {
            return reply;
        }
        TableOptions options = new TableOptions(format.tableApiVersion(), IncludeObject.parse(includeObject), false);
        if (reply.body() instanceof EncodedJson e && e.object() instanceof KubeObject<?> object) {
            return new Reply(reply.code(), singleTable(object, options));
        }
        if (reply.body() instanceof KubeList<?> list) {
            return new Reply(reply.code(), listTable(list, options));
        }
        if (reply.body() instanceof KubeObject<?> object) {
            return new Reply(reply.code(), singleTable(object, options));
        }
        return reply;
    }

    /** The Table encoder of one watch stream, or null when the stream is not a Table stream. */
    public <T extends KubeObject<T>> WatchTables<T> forWatch(ResponseFormat format, Class<T> type, String includeObject) {
        if (!format.isTable()) {
            return null;
        }
        return new WatchTables<>(converter, type, new TableOptions(format.tableApiVersion(), IncludeObject.parse(includeObject), false));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object listTable(KubeList<?> list, TableOptions options) {
        KubeList raw = list;
        Class type = raw.items().isEmpty() ? KubeObject.class : raw.items().get(0).getClass();
        return converter.list(type, raw.items(), raw.metadata(), options);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object singleTable(KubeObject<?> object, TableOptions options) {
        KubeObject raw = object;
        return converter.single((Class) object.getClass(), raw, options);
    }
}
