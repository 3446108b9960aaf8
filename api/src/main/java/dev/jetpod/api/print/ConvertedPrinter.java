package dev.jetpod.api.print;

import dev.jetpod.api.conversion.Converter;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.TableColumnDefinition;
import java.time.Instant;
import java.util.List;

/** A served version printed as its stored version prints (kubectl shows the same columns for hpa in v1 and v2). */
final class ConvertedPrinter<E extends KubeObject<E>, S extends KubeObject<S>> implements RowPrinter<E> {
    private final Converter<E, S> converter;
    private final RowPrinter<? super S> stored;

    ConvertedPrinter(Converter<E, S> converter, RowPrinter<? super S> stored) {
        this.converter = converter;
        this.stored = stored;
    }

    @Override
    public List<TableColumnDefinition> columns() {
        return stored.columns();
    }

    @Override
    public PrintedRow print(E object, Instant now) {
        return stored.print(converter.toStored(object), now);
    }
}
