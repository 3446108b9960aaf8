package dev.jetpod.api.validation;

/**
 * A field path as Kubernetes prints it: {@code spec.containers[0].image}, {@code metadata.labels[app]}.
 * Immutable; each step returns a new path. The text is built only when asked for: validation makes a path for every
 * field it visits, and only the few that end up in an error are ever printed.
 */
public final class FieldPath {
    private final FieldPath parent;
    /** ".name", "[3]" or "[key]"; for a root, the whole text. */
    private final String step;
    private final int index;
    private String path;

    private FieldPath(FieldPath parent, String step, int index) {
        this.parent = parent;
        this.step = step;
        this.index = index;
    }

    public static FieldPath root(String name) {
        FieldPath p = new FieldPath(null, name, -1);
        p.path = name;
        return p;
    }

    public FieldPath child(String name) {
        return new FieldPath(this, name, -1);
    }

    public FieldPath child(String first, String... more) {
        FieldPath p = child(first);
        for (String m : more) {
            p = p.child(m);
        }
        return p;
    }

    public FieldPath index(int i) {
        return new FieldPath(this, null, i);
    }

    public FieldPath key(String k) {
        return new FieldPath(this, "[" + k + "]", -2);
    }

    /** The path's text, e.g. {@code spec.containers[0].image}. */
    public String path() {
        String p = path;
        if (p == null) {
            StringBuilder b = new StringBuilder(64);
            appendTo(b);
            p = b.toString();
            path = p;
        }
        return p;
    }

    private void appendTo(StringBuilder b) {
        if (parent == null) {
            b.append(step);
            return;
        }
        if (parent.path != null) {
            b.append(parent.path);
        } else {
            parent.appendTo(b);
        }
        if (index >= 0) {
            b.append('[').append(index).append(']');
        } else if (index == -2) {
            b.append(step);
        } else {
            if (b.length() > 0) {
                b.append('.');
            }
            b.append(step);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldPath f && path().equals(f.path());
    }

    @Override
    public int hashCode() {
        return path().hashCode();
    }

    @Override
    public String toString() {
        return path();
    }
}
