package dev.jetpod.jctl.print;

/** A table column: its header and priority (0 always shown, higher only with {@code -o wide}). */
public record Column(String name, int priority) {
    public static Column of(String name) {
        return new Column(name, 0);
    }

    public static Column wide(String name) {
        return new Column(name, 1);
    }
}
