package dev.jetpod.runtime.image.unpack;

import dev.jetpod.runtime.image.InvalidImageException;

import java.util.ArrayList;
import java.util.List;

/**
 * A tar entry name made safe: split into components, "." and empty parts dropped, and ".." refused, so
 * no entry can reach outside the layer directory by its name. (Reaching out through a symlink is
 * prevented by the unpacker, which never follows links in parent directories.)
 */
record EntryPath(List<String> components) {
    static EntryPath parse(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                throw new InvalidImageException("layer entry '" + name + "' has a '..' component");
            }
            if (part.indexOf('\0') >= 0) {
                throw new InvalidImageException("layer entry '" + name + "' contains a NUL byte");
            }
            parts.add(part);
        }
        return new EntryPath(List.copyOf(parts));
    }

    boolean isRoot() {
        return components.isEmpty();
    }

    String base() {
        return components.get(components.size() - 1);
    }

    List<String> parent() {
        return components.subList(0, components.size() - 1);
    }

    @Override
    public String toString() {
        return String.join("/", components);
    }
}
