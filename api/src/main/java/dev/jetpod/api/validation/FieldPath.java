package dev.jetpod.api.validation;

/**
 * A field path as Kubernetes prints it: {@code spec.containers[0].image}, {@code metadata.labels[app]}.
 * Immutable; each step returns a new path.
 */
public record FieldPath(String path) {
    public static FieldPath root(String name) {
        return new FieldPath(name);
    }

    public FieldPath child(String name) {
        return new FieldPath(path.isEmpty() ? name : path + "." + name);
    }

    public FieldPath child(String first, String... more) {
        FieldPath p = child(first);
        for (String m : more) {
            p = p.child(m);
        }
        return p;
    }

    public FieldPath index(int i) {
        return new FieldPath(path + "[" + i + "]");
    }

    public FieldPath key(String k) {
        return new FieldPath(path + "[" + k + "]");
    }

    @Override
    public String toString() {
        return path;
    }
}
