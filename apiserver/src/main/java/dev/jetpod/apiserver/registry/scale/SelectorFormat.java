package dev.jetpod.apiserver.registry.scale;

import dev.jetpod.api.meta.LabelSelector;
import dev.jetpod.api.meta.LabelSelectorRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A LabelSelector in its string form ("app=web,tier in (a,b)"), as Scale.status.selector carries it. */
public final class SelectorFormat {
    private SelectorFormat() {
    }

    public static String format(LabelSelector s) {
        if (s == null) {
            return "";
        }
        List<String> terms = new ArrayList<>();
        if (s.matchLabels() != null) {
            for (Map.Entry<String, String> e : new TreeMap<>(s.matchLabels()).entrySet()) {
                terms.add(e.getKey() + "=" + e.getValue());
            }
        }
        if (s.matchExpressions() != null) {
            for (LabelSelectorRequirement r : s.matchExpressions()) {
                List<String> values = r.values() == null ? List.of() : r.values().stream().sorted().toList();
                switch (r.operator()) {
                    case "In" -> terms.add(r.key() + " in (" + String.join(",", values) + ")");
                    case "NotIn" -> terms.add(r.key() + " notin (" + String.join(",", values) + ")");
                    case "Exists" -> terms.add(r.key());
                    case "DoesNotExist" -> terms.add("!" + r.key());
                    default -> throw new IllegalArgumentException("unknown label selector operator " + r.operator());
                }
            }
        }
        return String.join(",", terms);
    }
}
