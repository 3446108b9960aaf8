package dev.jetpod.jctl.print.columns;

import dev.jetpod.api.core.v1.Container;
import dev.jetpod.api.core.v1.PodSpec;
import dev.jetpod.api.core.v1.PodTemplateSpec;
import dev.jetpod.api.labels.Selector;
import dev.jetpod.api.meta.LabelSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Cell formatting shared by the column sets, as kubectl's printers format them. */
final class Cells {
    static final String NONE = "<none>";

    private Cells() {
    }

    static String orNone(String s) {
        return s == null || s.isEmpty() ? NONE : s;
    }

    static int orZero(Integer i) {
        return i == null ? 0 : i;
    }

    /** {@code app=web,tier=fe} sorted by key, or {@code <none>}. */
    static String labels(Map<String, String> labels) {
        if (labels == null || labels.isEmpty()) {
            return NONE;
        }
        List<String> parts = new ArrayList<>();
        new TreeMap<>(labels).forEach((k, v) -> parts.add(k + "=" + v));
        return String.join(",", parts);
    }

    static String selector(LabelSelector s) {
        if (s == null) {
            return NONE;
        }
        String text = Selector.from(s).toString();
        return text.isEmpty() ? NONE : text;
    }

    /** The CONTAINERS and IMAGES cells of a workload's template. */
    static List<String> containersAndImages(PodTemplateSpec template) {
        PodSpec spec = template == null ? null : template.spec();
        List<Container> cs = spec == null || spec.containers() == null ? List.of() : spec.containers();
        List<String> names = new ArrayList<>();
        List<String> images = new ArrayList<>();
        for (Container c : cs) {
            names.add(c.name());
            images.add(c.image());
        }
        return List.of(names.isEmpty() ? NONE : String.join(",", names), images.isEmpty() ? NONE : String.join(",", images));
    }
}
