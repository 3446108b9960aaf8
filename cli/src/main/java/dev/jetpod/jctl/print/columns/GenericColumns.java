package dev.jetpod.jctl.print.columns;

import dev.jetpod.api.meta.PartialObjectMetadata;
import dev.jetpod.jctl.print.Ages;
import dev.jetpod.jctl.print.Column;
import dev.jetpod.jctl.print.KindColumns;
import java.time.Instant;
import java.util.List;

/** Any other kind: NAME AGE, as kubectl shows a resource without printer columns. */
public final class GenericColumns implements KindColumns<PartialObjectMetadata> {
    @Override
    public Class<PartialObjectMetadata> type() {
        return PartialObjectMetadata.class;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.of("NAME"), Column.of("AGE"));
    }

    @Override
    public List<String> cells(PartialObjectMetadata o, Instant now) {
        return List.of(o.metadata().name(), Ages.since(o.metadata().creationTimestamp(), now));
    }
}
