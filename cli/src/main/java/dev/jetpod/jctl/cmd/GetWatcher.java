package dev.jetpod.jctl.cmd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.WatchEvent;
import dev.jetpod.client.ListOptions;
import dev.jetpod.client.blocking.BlockingWatch;
import dev.jetpod.jctl.CliException;
import dev.jetpod.jctl.Session;
import dev.jetpod.jctl.api.Api;
import dev.jetpod.jctl.print.HumanTable;
import dev.jetpod.jctl.print.OutputFormat;
import dev.jetpod.jctl.print.TableOptions;
import dev.jetpod.jctl.print.TableRenderer;
import dev.jetpod.jctl.print.Tables;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code get -w}: the list first (unless --watch-only), then a watch from the list's resourceVersion, printing a row
 * (or an object) per change as it arrives. A watch the server ends is reopened from the last resourceVersion seen;
 * {@code --request-timeout} bounds the whole.
 */
final class GetWatcher {
    private final Session session;
    private final OutputFormat format;
    private final TableOptions tableOptions;
    private final ListOptions options;
    private final Duration limit;
    private final TableRenderer renderer;
    private JsonNode columnDefinitions;
    private boolean headerPrinted;

    GetWatcher(Session session, OutputFormat format, TableOptions tableOptions, ListOptions options, Duration limit) {
        this.session = session;
        this.format = format;
        this.tableOptions = tableOptions;
        this.options = options;
        this.limit = limit;
        this.renderer = new TableRenderer(tableOptions);
    }

    int run(List<Target> targets, boolean listFirst) {
        if (targets.size() != 1) {
            throw new CliException("you may only specify a single resource type when watching");
        }
        Target t = targets.get(0);
        if (t.names().size() > 1) {
            throw new CliException("watch is only supported on individual resources and resource collections, but " + t.names().size() + " resources were found");
        }
        ListOptions selection = options;
        if (t.names().size() == 1) {
            String byName = "metadata.name=" + t.names().get(0);
            selection = selection.withFieldSelector(selection.fieldSelector() == null ? byName : selection.fieldSelector() + "," + byName);
        }
        Api api = session.api();
        String accept = format.isTable() ? Api.TABLE : Api.JSON;
        String rv = listFirst ? printList(api, t, selection, accept) : latestVersion(api, t, selection);
        Instant deadline = limit.isZero() ? null : Instant.now().plus(limit);
        while (deadline == null || Instant.now().isBefore(deadline)) {
            ListOptions w = selection.withResourceVersion(rv);
            if (deadline != null) {
                w = w.withTimeoutSeconds((int) Math.max(1, Duration.between(Instant.now(), deadline).toSeconds() + 1));
            }
            try (BlockingWatch<JsonNode> watch = api.watch(t.type(), t.pathNamespace(), w, accept)) {
                Optional<WatchEvent<JsonNode>> e;
                while ((e = watch.next(deadline == null ? null : Duration.between(Instant.now(), deadline))).isPresent()) {
                    rv = print(t, e.get(), rv);
                }
                if (!watch.isEnded()) {
                    break; // our deadline passed
                }
            } catch (ApiException ex) {
                if (ex.isGone()) {
                    throw new CliException("the watch fell behind the server's history (resourceVersion " + rv + " is too old); run the command again");
                }
                throw ex;
            }
        }
        return 0;
    }

    private String printList(Api api, Target t, ListOptions selection, String accept) {
        JsonNode answer = api.getAs(t.type().collectionPath(t.pathNamespace()), selection.withLimit(500).toQuery(), accept);
        String rv = answer.path("metadata").path("resourceVersion").asText("");
        if (format.isTable()) {
            HumanTable table = tableOf(t, answer);
            if (!table.rows().isEmpty()) {
                renderer.print(table, session.out());
                headerPrinted = true;
            }
        } else {
            answer.path("items").forEach(i -> new ObjectOutput(session, format, tableOptions.noHeaders())
                    .printOne(ObjectFetcher.withTypeMeta((ObjectNode) i, t)));
        }
        session.out().flush();
        return rv;
    }

    private String latestVersion(Api api, Target t, ListOptions selection) {
        ObjectNode l = api.list(t.type(), t.pathNamespace(), selection.withLimit(1));
        return l.path("metadata").path("resourceVersion").asText("");
    }

    private String print(Target t, WatchEvent<JsonNode> e, String rv) {
        String next = e.object().path("metadata").path("resourceVersion").asText(rv);
        if (e.type() == WatchEvent.Type.BOOKMARK) {
            return next;
        }
        if (format.isTable()) {
            HumanTable table = tableOf(t, e.object());
            if (Tables.isTable(e.object())) {
                // a row's own resourceVersion is in its object's metadata
                JsonNode row = e.object().path("rows").path(0).path("object").path("metadata").path("resourceVersion");
                next = row.isMissingNode() ? rv : row.asText(rv);
            }
            if (headerPrinted) {
                renderer.printRows(table, session.out());
            } else {
                renderer.print(table, session.out());
                headerPrinted = true;
            }
        } else {
            new ObjectOutput(session, format, tableOptions.noHeaders()).printOne(ObjectFetcher.withTypeMeta((ObjectNode) e.object(), t));
        }
        session.out().flush();
        return next;
    }

    private HumanTable tableOf(Target t, JsonNode answer) {
        Tables tables = new Tables(session.json());
        if (Tables.isTable(answer)) {
            if (answer.path("columnDefinitions").size() > 0) {
                columnDefinitions = answer.path("columnDefinitions");
            } else if (columnDefinitions != null && answer instanceof ObjectNode o) {
                o.set("columnDefinitions", columnDefinitions);
            }
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
}
