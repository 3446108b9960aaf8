package dev.jetpod.jctl.print;

import dev.jetpod.api.meta.KubeObject;
import java.time.Instant;
import java.util.List;

/**
 * kubectl's columns for one kind, computed on the client: used when the server answers a plain list instead of a
 * Table. {@link #cells} returns one cell per column of {@link #columns}, wide ones included.
 */
public interface KindColumns<T extends KubeObject<T>> {
    Class<T> type();

    List<Column> columns();

    List<String> cells(T object, Instant now);
}
