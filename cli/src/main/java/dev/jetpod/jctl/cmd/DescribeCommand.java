package dev.jetpod.jctl.cmd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.client.ListOptions;
import dev.jetpod.jctl.ErrorRenderer;
import dev.jetpod.jctl.Jctl;
import dev.jetpod.jctl.Session;
import dev.jetpod.jctl.api.Api;
import dev.jetpod.jctl.describe.DescribeContext;
import dev.jetpod.jctl.describe.Describers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jctl describe TYPE [NAME]}: a readable account of each object — spec, status, conditions — and its Events.
 * As in kubectl, a name that matches no object exactly describes the objects whose names start with it.
 */
@Command(name = "describe", description = "Show details of a resource or group of resources, with their events.", sortOptions = false)
public final class DescribeCommand implements Callable<Integer> {
    private final Session session;

    @Parameters(paramLabel = "TYPE [NAME_PREFIX]", arity = "0..*", completionCandidates = ResourceTypeNames.class)
    List<String> args = new ArrayList<>();

    @Mixin
    FileOptions files;

    @Option(names = {"-l", "--selector"}, paramLabel = "SELECTOR")
    String selector;

    @Option(names = {"-A", "--all-namespaces"})
    boolean allNamespaces;

    @Option(names = "--show-events", defaultValue = "true", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL")
    boolean showEvents;

    public DescribeCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        String namespace = allNamespaces ? null : session.namespace();
        List<Target> targets = Targets.resolve(session, args, files, namespace);
        Api api = session.api();
        DescribeContext ctx = new DescribeContext(api, session.json(), session.now());
        boolean failed = false;
        boolean first = true;
        for (Target t : targets) {
            for (ObjectNode o : objects(api, t)) {
                if (o == null) {
                    failed = true;
                    continue;
                }
                if (!first) {
                    session.out().println();
                    session.out().println();
                }
                first = false;
                session.out().print(Describers.describe(t.type().gvk(), ObjectFetcher.withTypeMeta(o, t), ctx, showEvents));
            }
        }
        if (first && !failed) {
            session.err().println("No resources found" + (namespace == null ? "" : " in " + namespace + " namespace."));
        }
        if (failed) {
            throw new Jctl.SilentFailure();
        }
        return 0;
    }

    /** The objects to describe; a null stands for a name that failed (already reported). */
    private List<ObjectNode> objects(Api api, Target t) {
        List<ObjectNode> out = new ArrayList<>();
        if (t.all()) {
            ListOptions o = selector == null ? ListOptions.NONE : ListOptions.labelSelector(selector);
            api.list(t.type(), t.pathNamespace(), o).path("items").forEach(i -> out.add((ObjectNode) i));
            return out;
        }
        for (String name : t.names()) {
            try {
                out.add(api.get(t.type(), t.pathNamespace(), name));
            } catch (ApiException e) {
                if (!e.isNotFound()) {
                    throw e;
                }
                List<ObjectNode> byPrefix = new ArrayList<>();
                for (JsonNode i : api.list(t.type(), t.pathNamespace(), ListOptions.NONE).path("items")) {
                    if (i.path("metadata").path("name").asText().startsWith(name)) {
                        byPrefix.add((ObjectNode) i);
                    }
                }
                if (byPrefix.isEmpty()) {
                    session.err().println(ErrorRenderer.render(e));
                    out.add(null);
                } else {
                    out.addAll(byPrefix);
                }
            }
        }
        return out;
    }
}
