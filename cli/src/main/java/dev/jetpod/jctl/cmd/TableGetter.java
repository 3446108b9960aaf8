package dev.jetpod.jctl.cmd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.client.ListOptions;
import dev.jetpod.jctl.ErrorRenderer;
import dev.jetpod.jctl.Session;
import dev.jetpod.jctl.api.Api;
import dev.jetpod.jctl.api.Kinds;
import dev.jetpod.jctl.print.HumanTable;
import dev.jetpod.jctl.print.Row;
import dev.jetpod.jctl.print.TableOptions;
import dev.jetpod.jctl.print.TableRenderer;
import dev.jetpod.jctl.print.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code get}'s table output: each target fetched with the Table Accept (a list, or one GET per name), turned into
 * rows (server Table, else jctl's column set), one table per type separated by blank lines, names prefixed with
 * their type when several types are shown (as kubectl does for {@code get po,svc} and {@code get all}).
 */
final class TableGetter {
    private final Session session;
    private final TableOptions options;
    private final ListOptions selection;
    private final boolean ignoreNotFound;

    TableGetter(Session session, TableOptions options, ListOptions selection, boolean ignoreNotFound) {
        this.session = session;
        this.options = options;
        this.selection = selection;
        this.ignoreNotFound = ignoreNotFound;
    }

    /** The outcome: whether anything was printed, and whether a name failed (already reported on stderr). */
    record Outcome(boolean printed, boolean failed) {
    }

    Outcome print(List<Target> targets) {
        Api api = session.api();
        Tables tables = new Tables(session.json());
        boolean severalTypes = targets.stream().map(Target::type).distinct().count() > 1;
        boolean failed = false;
        boolean printed = false;
        List<HumanTable> parts = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            if (t.all()) {
                JsonNode answer = api.getAs(t.type().collectionPath(t.pathNamespace()), selection.withLimit(500).toQuery(), Api.TABLE);
                parts.add(toTable(tables, t, answer));
            } else {
                for (String name : t.names()) {
                    try {
                        parts.add(toTable(tables, t, api.getAs(t.type().objectPath(t.pathNamespace(), name), Map.of(), Api.TABLE)));
                    } catch (ApiException e) {
                        if (e.isNotFound() && ignoreNotFound) {
                            continue;
                        }
                        session.out().flush();
                        session.err().println(ErrorRenderer.render(e));
                        failed = true;
                    }
                }
            }
            if (i + 1 < targets.size() && targets.get(i + 1).type() == t.type()) {
                continue; // same type next (objects of one kind from -f): one table for them all
            }
            HumanTable table = merge(parts, severalTypes ? Kinds.typeName(t.type()) + "/" : null);
            parts = new ArrayList<>();
            if (table == null || table.rows().isEmpty()) {
                continue;
            }
            if (printed) {
                session.out().println();
            }
            new TableRenderer(options).print(table, session.out());
            printed = true;
        }
        return new Outcome(printed, failed);
    }

    private HumanTable toTable(Tables tables, Target t, JsonNode answer) {
        if (Tables.isTable(answer)) {
            return tables.fromServerTable(answer);
        }
        List<JsonNode> objects = new ArrayList<>();
        if (answer.has("items")) {
            answer.path("items").forEach(objects::add);
        } else {
            objects.add(answer);
        }
        return tables.fromObjects(t.type(), objects, session.now());
    }

    /** One table from the parts of a type (one per name), the NAME cells prefixed when several types show. */
    static HumanTable merge(List<HumanTable> parts, String namePrefix) {
        if (parts.isEmpty()) {
            return null;
        }
        HumanTable first = parts.get(0);
        int nameCol = -1;
        for (int i = 0; i < first.columns().size(); i++) {
            if (first.columns().get(i).name().equalsIgnoreCase("NAME")) {
                nameCol = i;
                break;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (HumanTable p : parts) {
            for (Row r : p.rows()) {
                if (namePrefix != null && nameCol >= 0 && nameCol < r.cells().size()) {
                    List<String> cells = new ArrayList<>(r.cells());
                    cells.set(nameCol, namePrefix + cells.get(nameCol));
                    rows.add(new Row(cells, r.metadata()));
                } else {
                    rows.add(r);
                }
            }
        }
        return new HumanTable(first.columns(), rows);
    }
}
