package dev.jetpod.api.validation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A bad value that FieldError prints verbatim (not quoted), for values Kubernetes prints in Go syntax, e.g.
 * {@code map[string]string{"app":"web"}} or {@code []string{"a", "b"}}.
 */
public record PrintedValue(String text) {
    public static PrintedValue of(Map<String, String> m) {
        StringBuilder b = new StringBuilder("map[string]string{");
        boolean first = true;
        for (Map.Entry<String, String> e : new TreeMap<>(m == null ? Map.of() : m).entrySet()) {
            if (!first) {
                b.append(", ");
            }
            first = false;
            b.append('"').append(e.getKey()).append("\":\"").append(e.getValue()).append('"');
        }
        return new PrintedValue(b.append('}').toString());
    }

    public static PrintedValue of(List<String> l) {
        StringBuilder b = new StringBuilder("[]string{");
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append('"').append(l.get(i)).append('"');
        }
        return new PrintedValue(b.append('}').toString());
    }

    @Override
    public String toString() {
        return text;
    }
}
