package dev.jetpod.api.print;

import dev.jetpod.api.meta.TableColumnDefinition;

/**
 * Builds column definitions the way kube-apiserver declares them: an OpenAPI type ("string", "integer", …), the
 * format "name" for the column that names the object, and a priority (1 = only with {@code -o wide}).
 */
public final class Columns {
    private Columns() {
    }

    public static TableColumnDefinition name() {
        return new TableColumnDefinition("Name", "string", "name", "Name must be unique within a namespace.", 0);
    }

    public static TableColumnDefinition age() {
        return string("Age", "How long ago the object was created (its creationTimestamp).");
    }

    public static TableColumnDefinition string(String name, String description) {
        return new TableColumnDefinition(name, "string", "", description, 0);
    }

    public static TableColumnDefinition integer(String name, String description) {
        return new TableColumnDefinition(name, "integer", "", description, 0);
    }

    /** A column shown only with {@code -o wide}. */
    public static TableColumnDefinition wide(TableColumnDefinition c) {
        return new TableColumnDefinition(c.name(), c.type(), c.format(), c.description(), 1);
    }
}
