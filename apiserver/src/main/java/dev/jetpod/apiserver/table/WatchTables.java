package dev.jetpod.apiserver.table;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.Table;
import dev.jetpod.api.meta.WatchEvent;
import java.util.List;

/**
 * Turns each event of one watch stream into a one-row Table, as kube-apiserver does when a watch asks for
 * {@code as=Table}: the first event carries the column definitions, later ones leave them out, and a BOOKMARK is
 * an empty table holding only its resourceVersion. Used from the stream's own context only.
 */
public final class WatchTables<T extends KubeObject<T>> {
    private final TableConverter converter;
    private final Class<T> type;
    private TableOptions options;

    WatchTables(TableConverter converter, Class<T> type, TableOptions options) {
        this.converter = converter;
        this.type = type;
        this.options = options;
    }

    public Table event(WatchEvent.Type eventType, T object) {
        if (eventType == WatchEvent.Type.BOOKMARK) {
            return converter.bookmark(object.metadata().resourceVersion(), options.withoutHeaders());
        }
        Table t = converter.list(type, List.of(object), dev.jetpod.api.meta.ListMeta.at(object.metadata().resourceVersion()), options);
        options = options.withoutHeaders();
        return t;
    }
}
