package dev.jetpod.jctl.print;

import dev.jetpod.api.meta.ObjectMeta;
import java.util.List;

/** One row: a cell per column, and the object's metadata (for the NAMESPACE column, --show-labels and -L). */
public record Row(List<String> cells, ObjectMeta metadata) {
}
