package dev.jetpod.client;

/** Checks that a name can be one path segment, as client-go's path segment validation does. */
final class PathSegments {
    private PathSegments() {
    }

    /** Why the name cannot go into a path, or null if it can. */
    static String nameProblem(String name) {
        if (name == null || name.isEmpty()) {
            return "a name is required";
        }
        if (name.equals(".") || name.equals("..")) {
            return "name may not be \"" + name + "\"";
        }
        if (name.indexOf('/') >= 0 || name.indexOf('%') >= 0) {
            return "name \"" + name + "\" may not contain '/' or '%'";
        }
        return null;
    }
}
