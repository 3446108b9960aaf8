package dev.jetpod.apiserver.table.printers;

import dev.jetpod.api.core.v1.Container;
import dev.jetpod.api.core.v1.PodTemplateSpec;
import java.util.List;
import java.util.stream.Collectors;

/** The CONTAINERS and IMAGES cells of workload tables: the pod template's containers, comma-separated. */
record ContainerCells(String names, String images) {

    static ContainerCells of(PodTemplateSpec template) {
        List<Container> cs = template == null || template.spec() == null || template.spec().containers() == null
                ? List.of() : template.spec().containers();
        return new ContainerCells(
                cs.stream().map(c -> c.name() == null ? "" : c.name()).collect(Collectors.joining(",")),
                cs.stream().map(c -> c.image() == null ? "" : c.image()).collect(Collectors.joining(",")));
    }
}
