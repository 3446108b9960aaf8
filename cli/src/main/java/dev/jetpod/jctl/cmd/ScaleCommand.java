package dev.jetpod.jctl.cmd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.client.ListOptions;
import dev.jetpod.client.PatchType;
import dev.jetpod.jctl.CliException;
import dev.jetpod.jctl.ErrorRenderer;
import dev.jetpod.jctl.Jctl;
import dev.jetpod.jctl.Session;
import dev.jetpod.jctl.api.Api;
import dev.jetpod.jctl.api.Kinds;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jctl scale TYPE NAME --replicas=N}: a merge patch of {@code spec.replicas} on the scale subresource (what
 * kubectl sends), with --current-replicas and --resource-version as preconditions.
 */
@Command(name = "scale", description = "Set a new size for a deployment or replica set.", sortOptions = false)
public final class ScaleCommand implements Callable<Integer> {
    private final Session session;

    @Parameters(paramLabel = "TYPE NAME | TYPE/NAME", arity = "0..*", completionCandidates = ResourceTypeNames.class)
    List<String> args = new ArrayList<>();

    @Mixin
    FileOptions files;

    @Option(names = "--replicas", required = true, paramLabel = "N", description = "The new number of replicas.")
    int replicas;

    @Option(names = "--current-replicas", defaultValue = "-1", paramLabel = "N", description = "Only scale if the current size is this.")
    int currentReplicas;

    @Option(names = "--resource-version", paramLabel = "RV", description = "Only scale if the scale's resourceVersion is this.")
    String resourceVersion;

    @Option(names = {"-l", "--selector"}, paramLabel = "SELECTOR")
    String selector;

    @Option(names = "--all", description = "Every object of the type in the namespace.")
    boolean all;

    public ScaleCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        if (replicas < 0) {
            throw new CliException("The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0");
        }
        List<Target> targets = Targets.resolve(session, args, files, session.namespace());
        Api api = session.api();
        boolean failed = false;
        for (Target t : targets) {
            if (!t.type().hasSubresource("scale")) {
                throw new CliException("cannot scale " + t.type().qualifiedName() + ": the resource has no scale subresource");
            }
            for (String name : names(api, t)) {
                try {
                    scale(api, t, name);
                    session.out().println(Kinds.objectName(t.type(), name) + " scaled");
                } catch (ApiException e) {
                    session.err().println(ErrorRenderer.render(e));
                    failed = true;
                }
            }
        }
        if (failed) {
            throw new Jctl.SilentFailure();
        }
        return 0;
    }

    private void scale(Api api, Target t, String name) {
        String rv = resourceVersion;
        if (currentReplicas >= 0) {
            ObjectNode scale = api.getSubresource(t.type(), t.pathNamespace(), name, "scale");
            int now = scale.path("spec").path("replicas").asInt(0);
            if (now != currentReplicas) {
                throw new CliException("Expected replicas to be " + currentReplicas + ", was " + now);
            }
            rv = rv == null ? scale.path("metadata").path("resourceVersion").asText(null) : rv;
        }
        ObjectNode patch = session.json().createObjectNode();
        patch.putObject("spec").put("replicas", replicas);
        if (rv != null) {
            patch.putObject("metadata").put("resourceVersion", rv);
        }
        api.patch(t.type(), t.pathNamespace(), name, "scale", PatchType.MERGE, patch.toString());
    }

    private List<String> names(Api api, Target t) {
        if (!t.all()) {
            return t.names();
        }
        if (!all && selector == null) {
            throw new CliException("resource(s) were provided, but no name was specified");
        }
        List<String> out = new ArrayList<>();
        ListOptions o = selector == null ? ListOptions.NONE : ListOptions.labelSelector(selector);
        for (JsonNode i : api.list(t.type(), t.pathNamespace(), o).path("items")) {
            out.add(i.path("metadata").path("name").asText());
        }
        return out;
    }
}
