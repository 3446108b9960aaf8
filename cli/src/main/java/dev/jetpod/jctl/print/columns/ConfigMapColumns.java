package dev.jetpod.jctl.print.columns;

import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.jctl.print.Ages;
import dev.jetpod.jctl.print.Column;
import dev.jetpod.jctl.print.KindColumns;
import java.time.Instant;
import java.util.List;

/** ConfigMaps: NAME DATA AGE (DATA counts data and binaryData keys). */
public final class ConfigMapColumns implements KindColumns<ConfigMap> {
    @Override
    public Class<ConfigMap> type() {
        return ConfigMap.class;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.of("NAME"), Column.of("DATA"), Column.of("AGE"));
    }

    @Override
    public List<String> cells(ConfigMap cm, Instant now) {
        int n = (cm.data() == null ? 0 : cm.data().size()) + (cm.binaryData() == null ? 0 : cm.binaryData().size());
        return List.of(cm.metadata().name(), Integer.toString(n), Ages.since(cm.metadata().creationTimestamp(), now));
    }
}
