package dev.jetpod.apiserver.table;

/**
 * How to build a table: its apiVersion ({@code meta.k8s.io/v1} or {@code v1beta1}, as negotiated), what each row
 * carries, and whether the column definitions are left out (every watch event after the first).
 */
public record TableOptions(String apiVersion, IncludeObject include, boolean noHeaders) {

    public TableOptions withoutHeaders() {
        return new TableOptions(apiVersion, include, true);
    }
}
