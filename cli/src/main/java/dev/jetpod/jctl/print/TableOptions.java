package dev.jetpod.jctl.print;

import java.util.List;

/**
 * How {@code get} lays a table out.
 *
 * @param wide          show columns of every priority ({@code -o wide})
 * @param namespace     add a NAMESPACE column first ({@code -A})
 * @param showLabels    add a LABELS column last ({@code --show-labels})
 * @param labelColumns  one column per label key ({@code -L key})
 * @param noHeaders     leave the header out ({@code --no-headers})
 */
public record TableOptions(boolean wide, boolean namespace, boolean showLabels, List<String> labelColumns, boolean noHeaders) {
    public static final TableOptions DEFAULT = new TableOptions(false, false, false, List.of(), false);
}
