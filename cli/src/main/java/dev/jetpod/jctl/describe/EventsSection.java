package dev.jetpod.jctl.describe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.core.v1.Event;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.print.Ages;
import dev.jetpod.api.print.printers.EventPrinter;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.client.ListOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Events section of describe: the events whose involvedObject is this object, asked for with a field selector
 * on involvedObject.name/namespace/uid as kubectl does (filtered on the client too, and entirely so if the server
 * does not offer those field labels), oldest first.
 */
final class EventsSection {
    private EventsSection() {
    }

    static void write(ObjectNode object, DescribeContext ctx, DescribeWriter w) {
        List<Event> events = find(object, ctx);
        if (events.isEmpty()) {
            w.field(0, "Events", "<none>");
            return;
        }
        w.line(0, "Events:");
        List<List<String>> rows = new ArrayList<>();
        for (Event e : events) {
            int count = EventPrinter.count(e);
            String age = Ages.since(EventPrinter.lastSeen(e), ctx.now());
            if (count > 1) {
                age = age + " (x" + count + " over " + Ages.since(EventPrinter.firstSeen(e), ctx.now()) + ")";
            }
            rows.add(List.of(nz(e.type()), nz(e.reason()), age, EventPrinter.source(e), nz(e.message()).strip()));
        }
        w.table(1, List.of("Type", "Reason", "Age", "From", "Message"), rows);
    }

    static List<Event> find(ObjectNode object, DescribeContext ctx) {
        JsonNode meta = object.path("metadata");
        String name = meta.path("name").asText();
        String ns = meta.path("namespace").asText("");
        String uid = meta.path("uid").asText("");
        String namespace = ns.isEmpty() ? "default" : ns;
        String selector = "involvedObject.name=" + name + ",involvedObject.namespace=" + ns + (uid.isEmpty() ? "" : ",involvedObject.uid=" + uid);
        JsonNode list;
        try {
            list = ctx.api().list(Resources.EVENTS, ns.isEmpty() ? null : namespace, ListOptions.fieldSelector(selector));
        } catch (ApiException e) {
            if (e.code() != 400) {
                throw e;
            }
            list = ctx.api().list(Resources.EVENTS, ns.isEmpty() ? null : namespace, ListOptions.NONE);
        }
        List<Event> out = new ArrayList<>();
        for (JsonNode n : list.path("items")) {
            Event e = ctx.typed(n, Event.class);
            if (e.involvedObject() == null || !name.equals(e.involvedObject().name())) {
                continue;
            }
            if (!uid.isEmpty() && e.involvedObject().uid() != null && !e.involvedObject().uid().isEmpty() && !uid.equals(e.involvedObject().uid())) {
                continue;
            }
            String kind = object.path("kind").asText("");
            if (!kind.isEmpty() && e.involvedObject().kind() != null && !kind.equals(e.involvedObject().kind())) {
                continue;
            }
            out.add(e);
        }
        out.sort(Comparator.comparing(EventPrinter::lastSeen, Comparator.nullsFirst(Comparator.naturalOrder())));
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
