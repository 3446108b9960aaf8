package dev.jetpod.jctl.print.columns;

import dev.jetpod.api.apps.v1.Deployment;
import dev.jetpod.api.apps.v1.DeploymentStatus;
import dev.jetpod.jctl.print.Ages;
import dev.jetpod.jctl.print.Column;
import dev.jetpod.jctl.print.KindColumns;
import java.time.Instant;
import java.util.List;

/** Deployments: NAME READY UP-TO-DATE AVAILABLE AGE, wide CONTAINERS IMAGES SELECTOR. */
public final class DeploymentColumns implements KindColumns<Deployment> {
    @Override
    public Class<Deployment> type() {
        return Deployment.class;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.of("NAME"), Column.of("READY"), Column.of("UP-TO-DATE"), Column.of("AVAILABLE"), Column.of("AGE"),
                Column.wide("CONTAINERS"), Column.wide("IMAGES"), Column.wide("SELECTOR"));
    }

    @Override
    public List<String> cells(Deployment d, Instant now) {
        DeploymentStatus st = d.status();
        int desired = d.spec() == null ? 0 : Cells.orZero(d.spec().replicas());
        List<String> ci = Cells.containersAndImages(d.spec() == null ? null : d.spec().template());
        return List.of(d.metadata().name(),
                (st == null ? 0 : Cells.orZero(st.readyReplicas())) + "/" + desired,
                Integer.toString(st == null ? 0 : Cells.orZero(st.updatedReplicas())),
                Integer.toString(st == null ? 0 : Cells.orZero(st.availableReplicas())),
                Ages.since(d.metadata().creationTimestamp(), now),
                ci.get(0), ci.get(1), Cells.selector(d.spec() == null ? null : d.spec().selector()));
    }
}
