package dev.jetpod.api.print.printers;

import dev.jetpod.api.core.v1.Container;
import dev.jetpod.api.core.v1.PodTemplateSpec;
import dev.jetpod.api.labels.Selector;
import dev.jetpod.api.meta.LabelSelector;
import dev.jetpod.api.meta.TableColumnDefinition;
import dev.jetpod.api.print.Columns;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the tables of workloads (Deployments, ReplicaSets) share: the wide CONTAINERS, IMAGES and SELECTOR columns
 * after their own, filled from the pod template (names and images comma-separated) and the label selector.
 */
record WorkloadCells(String names, String images, String selector) {
    private static final List<TableColumnDefinition> WIDE = List.of(
            Columns.wide(Columns.string("Containers", "Names of each container in the template.")),
            Columns.wide(Columns.string("Images", "Images referenced by each container in the template.")),
            Columns.wide(Columns.string("Selector", "Label selector for pods.")));

    /** {@code own} followed by the three wide workload columns. */
    static List<TableColumnDefinition> columns(TableColumnDefinition... own) {
        List<TableColumnDefinition> all = new ArrayList<>(List.of(own));
        all.addAll(WIDE);
        return List.copyOf(all);
    }

    /** A workload without a spec has empty cells, as kubectl shows them. */
    static WorkloadCells of(PodTemplateSpec template, LabelSelector selector, boolean hasSpec) {
        List<Container> cs = template == null || template.spec() == null || template.spec().containers() == null
                ? List.of() : template.spec().containers();
        return new WorkloadCells(
                cs.stream().map(c -> c.name() == null ? "" : c.name()).collect(Collectors.joining(",")),
                cs.stream().map(c -> c.image() == null ? "" : c.image()).collect(Collectors.joining(",")),
                hasSpec ? Selector.from(selector).toString() : "");
    }

    /** {@code own} cells followed by the three wide ones. */
    Object[] after(Object... own) {
        Object[] all = new Object[own.length + 3];
        System.arraycopy(own, 0, all, 0, own.length);
        all[own.length] = names;
        all[own.length + 1] = images;
        all[own.length + 2] = selector;
        return all;
    }

    /** Null counts print as 0, as Go's zero values do. */
    static long count(Integer i) {
        return i == null ? 0L : i.longValue();
    }
}
