package dev.jetpod.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * meta.k8s.io/v1 Table: server-side printing for {@code kubectl get}. Columns with priority 0 always show,
 * higher priorities only with {@code -o wide}. {@code columnDefinitions} and {@code rows} are always written.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Table(
        String apiVersion,
        String kind,
        ListMeta metadata,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<TableColumnDefinition> columnDefinitions,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<TableRow> rows) {
    public static final String API_VERSION = "meta.k8s.io/v1";
    public static final String KIND = "Table";

    public static Table of(ListMeta metadata, List<TableColumnDefinition> columns, List<TableRow> rows) {
        return new Table(API_VERSION, KIND, metadata, List.copyOf(columns), List.copyOf(rows));
    }
}
