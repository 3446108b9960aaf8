package dev.jetpod.jctl.cmd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.jctl.CliException;
import dev.jetpod.jctl.Session;
import dev.jetpod.jctl.api.Kinds;
import dev.jetpod.jctl.jsonpath.JsonPathException;
import dev.jetpod.jctl.print.Column;
import dev.jetpod.jctl.print.HumanTable;
import dev.jetpod.jctl.print.ObjectWriter;
import dev.jetpod.jctl.print.OutputFormat;
import dev.jetpod.jctl.print.Row;
import dev.jetpod.jctl.print.TableOptions;
import dev.jetpod.jctl.print.TableRenderer;
import java.util.ArrayList;
import java.util.List;

/** Prints whole objects in the non-table formats: yaml, json, name, jsonpath and custom-columns. */
public final class ObjectOutput {
    private final Session session;
    private final OutputFormat format;
    private final boolean noHeaders;

    public ObjectOutput(Session session, OutputFormat format, boolean noHeaders) {
        this.session = session;
        this.format = format;
        this.noHeaders = noHeaders;
    }

    /** @param single print the one object itself, not a List of one (a get by name) */
    public void print(List<ObjectNode> objects, boolean single) {
        ObjectWriter w = new ObjectWriter(session.json(), session.yaml());
        JsonNode data = single ? objects.get(0) : ObjectWriter.list(objects);
        switch (format.kind()) {
            case YAML -> session.out().print(w.yaml(data));
            case JSON -> session.out().print(w.json(data));
            case NAME -> objects.forEach(o -> session.out().println(name(o)));
            case JSONPATH -> session.out().print(jsonPath(data));
            case CUSTOM_COLUMNS -> customColumns(objects);
            default -> throw new IllegalStateException("not an object format: " + format.kind());
        }
        session.out().flush();
    }

    /** One object as a watch prints it: yaml documents separated by ---, one JSON object each, a name per line. */
    public void printOne(ObjectNode object) {
        ObjectWriter w = new ObjectWriter(session.json(), session.yaml());
        switch (format.kind()) {
            case YAML -> session.out().print("---\n" + w.yaml(object));
            case JSON -> session.out().print(w.json(object));
            case NAME -> session.out().println(name(object));
            case JSONPATH -> session.out().print(jsonPath(object));
            case CUSTOM_COLUMNS -> customColumns(List.of(object));
            default -> throw new IllegalStateException("not an object format: " + format.kind());
        }
        session.out().flush();
    }

    private String jsonPath(JsonNode data) {
        try {
            return format.template().execute(data, true);
        } catch (JsonPathException e) {
            throw new CliException("error executing jsonpath " + format.template().source() + ": " + e.getMessage(), e);
        }
    }

    private void customColumns(List<ObjectNode> objects) {
        List<Column> cols = new ArrayList<>();
        format.customColumns().forEach(c -> cols.add(Column.of(c.header())));
        List<Row> rows = new ArrayList<>();
        for (ObjectNode o : objects) {
            List<String> cells = new ArrayList<>();
            for (OutputFormat.CustomColumn c : format.customColumns()) {
                String v = c.template().execute(o, true);
                cells.add(v.isEmpty() ? "<none>" : v);
            }
            rows.add(new Row(cells, null));
        }
        new TableRenderer(new TableOptions(false, false, false, List.of(), noHeaders)).print(new HumanTable(cols, rows), session.out());
    }

    private String name(ObjectNode o) {
        var type = session.kinds().forObject(o, "the server's answer");
        return Kinds.objectName(type, o.path("metadata").path("name").asText());
    }
}
