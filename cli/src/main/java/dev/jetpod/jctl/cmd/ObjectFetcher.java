package dev.jetpod.jctl.cmd;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.client.ListOptions;
import dev.jetpod.jctl.ErrorRenderer;
import dev.jetpod.jctl.Session;
import dev.jetpod.jctl.api.Api;
import java.util.ArrayList;
import java.util.List;

/**
 * Fetches the objects targets name (or list what they select), as full JSON objects with apiVersion and kind set.
 * A name that fails is reported on stderr at once and the others still come, as kubectl does.
 */
public final class ObjectFetcher {
    /** The objects found, and whether any name failed. */
    public record Result(List<ObjectNode> objects, boolean failed) {
    }

    private final Session session;
    private final ListOptions options;
    private final boolean ignoreNotFound;

    public ObjectFetcher(Session session, ListOptions options, boolean ignoreNotFound) {
        this.session = session;
        this.options = options;
        this.ignoreNotFound = ignoreNotFound;
    }

    public Result fetch(List<Target> targets) {
        Api api = session.api();
        List<ObjectNode> out = new ArrayList<>();
        boolean failed = false;
        for (Target t : targets) {
            if (t.all()) {
                ObjectNode list = api.list(t.type(), t.pathNamespace(), options);
                list.path("items").forEach(i -> out.add(withTypeMeta((ObjectNode) i, t)));
                continue;
            }
            for (String name : t.names()) {
                try {
                    out.add(withTypeMeta(api.get(t.type(), t.pathNamespace(), name), t));
                } catch (ApiException e) {
                    if (e.isNotFound() && ignoreNotFound) {
                        continue;
                    }
                    session.err().println(ErrorRenderer.render(e));
                    failed = true;
                }
            }
        }
        return new Result(out, failed);
    }

    /** List items come without apiVersion and kind on the wire; put them back, as kubectl shows them. */
    static ObjectNode withTypeMeta(ObjectNode o, Target t) {
        if (!o.hasNonNull("kind") || !o.hasNonNull("apiVersion")) {
            ObjectNode copy = o.objectNode();
            copy.put("apiVersion", t.type().apiVersion());
            copy.put("kind", t.type().kind());
            o.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("apiVersion") && !e.getKey().equals("kind")) {
                    copy.set(e.getKey(), e.getValue());
                }
            });
            return copy;
        }
        return o;
    }
}
