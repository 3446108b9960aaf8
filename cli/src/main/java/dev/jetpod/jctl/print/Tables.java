package dev.jetpod.jctl.print;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.codec.DecodeErrors;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.meta.PartialObjectMetadata;
import dev.jetpod.api.meta.TableColumnDefinition;
import dev.jetpod.api.print.RowPrinter;
import dev.jetpod.api.print.TablePrinters;
import dev.jetpod.api.scheme.ResourceType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link HumanTable} from what the server sent: a meta.k8s.io Table (server-side printing, preferred), or
 * objects (a list, a single object, watch events) printed with the api module's row printers for their kind.
 */
public final class Tables {
    private final ObjectMapper json;
    private final TablePrinters printers = TablePrinters.builtin();

    public Tables(ObjectMapper json) {
        this.json = json;
    }

    public static boolean isTable(JsonNode n) {
        return "Table".equals(n.path("kind").asText()) && n.path("apiVersion").asText().startsWith("meta.k8s.io/");
    }

    /** A server Table: headers from columnDefinitions, one row per rows[], metadata from each row's object. */
    public HumanTable fromServerTable(JsonNode table) {
        List<Column> cols = new ArrayList<>();
        for (JsonNode c : table.path("columnDefinitions")) {
            cols.add(new Column(c.path("name").asText(), c.path("priority").asInt(0)));
        }
        List<Row> rows = new ArrayList<>();
        for (JsonNode r : table.path("rows")) {
            List<String> cells = new ArrayList<>();
            for (JsonNode cell : r.path("cells")) {
                cells.add(cellText(cell));
            }
            rows.add(new Row(cells, metadataOf(r.path("object"))));
        }
        return new HumanTable(cols, rows);
    }

    static String cellText(JsonNode cell) {
        if (cell == null || cell.isNull() || cell.isMissingNode()) {
            return "<none>";
        }
        if (cell.isTextual()) {
            return cell.asText();
        }
        if (cell.isValueNode()) {
            return cell.asText();
        }
        return cell.toString();
    }

    /**
     * Rows for objects of one type, printed with the same row printers Jetpod's apiserver uses for its Tables, so a
     * plain list reads exactly like a server Table of the same objects.
     */
    public HumanTable fromObjects(ResourceType<?> type, List<JsonNode> objects, Instant now) {
        return fromObjects(type.javaType(), objects, now);
    }

    private <T extends KubeObject<T>> HumanTable fromObjects(Class<T> type, List<JsonNode> objects, Instant now) {
        RowPrinter<? super T> printer = printers.forType(type);
        List<Column> cols = new ArrayList<>();
        for (TableColumnDefinition c : printer.columns()) {
            cols.add(new Column(c.name(), c.priority()));
        }
        List<Row> rows = new ArrayList<>();
        for (JsonNode o : objects) {
            T typed = typed(o, type);
            List<String> cells = new ArrayList<>();
            for (Object cell : printer.print(typed, now).cells()) {
                cells.add(cell == null ? "<none>" : cell.toString());
            }
            rows.add(new Row(cells, typed.metadata()));
        }
        return new HumanTable(cols, rows);
    }

    private <T> T typed(JsonNode object, Class<T> type) {
        try {
            return json.treeToValue(object, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not read " + object.path("kind").asText("object") + " \""
                    + object.path("metadata").path("name").asText() + "\" from the server: " + DecodeErrors.describe(e), e);
        }
    }

    private ObjectMeta metadataOf(JsonNode object) {
        if (object == null || object.isMissingNode() || object.isNull()) {
            return null;
        }
        try {
            PartialObjectMetadata p = json.treeToValue(object, PartialObjectMetadata.class);
            return p.metadata();
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
