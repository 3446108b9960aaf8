package dev.jetpod.jctl.cmd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.DeleteOptions;
import dev.jetpod.client.DeleteOptionsBuilder;
import dev.jetpod.client.ListOptions;
import dev.jetpod.jctl.CliException;
import dev.jetpod.jctl.ErrorRenderer;
import dev.jetpod.jctl.Jctl;
import dev.jetpod.jctl.Session;
import dev.jetpod.jctl.api.Api;
import dev.jetpod.jctl.api.Kinds;
import dev.jetpod.jctl.wait.ObjectWaiter;
import dev.jetpod.jctl.wait.WaitCondition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jctl delete}: by name, by -f, by label selector or --all; prints {@code pod "web" deleted} per object and
 * then, like kubectl (--wait defaults to true), waits through a watch until each is really gone, with a progress line
 * on stderr whenever a terminating object changes.
 */
@Command(name = "delete", description = "Delete resources by file names, stdin, resources and names, or by label selector.", sortOptions = false)
public final class DeleteCommand implements Callable<Integer> {
    private final Session session;

    @Parameters(paramLabel = "TYPE [NAME...]", arity = "0..*", completionCandidates = ResourceTypeNames.class)
    List<String> args = new ArrayList<>();

    @Mixin
    FileOptions files;

    @Option(names = {"-l", "--selector"}, paramLabel = "SELECTOR", description = "Delete what this label selector matches.")
    String selector;

    @Option(names = "--field-selector", paramLabel = "SELECTOR")
    String fieldSelector;

    @Option(names = "--all", description = "Delete every object of the type in the namespace.")
    boolean all;

    @Option(names = {"-A", "--all-namespaces"}, description = "With --all or -l: in every namespace.")
    boolean allNamespaces;

    @Option(names = "--grace-period", defaultValue = "-1", paramLabel = "SECONDS",
            description = "Seconds the object gets to terminate; -1 uses the object's own; 0 only with --force.")
    long gracePeriod;

    @Option(names = "--now", description = "Terminate immediately (grace period 1).")
    boolean now;

    @Option(names = "--force", description = "With --grace-period=0: remove at once without waiting for the node.")
    boolean force;

    @Option(names = "--cascade", defaultValue = "background", paramLabel = "background|foreground|orphan",
            description = "How dependents are deleted.")
    String cascade;

    @Option(names = "--wait", defaultValue = "true", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL",
            description = "Wait until the objects are gone (default true).")
    boolean waitForDeletion;

    @Option(names = "--timeout", defaultValue = "0", paramLabel = "DURATION", description = "How long to wait for deletion (0: no limit).")
    String timeout;

    @Option(names = "--ignore-not-found", description = "Treat \"not found\" as a successful delete.")
    boolean ignoreNotFound;

    @Option(names = {"-o", "--output"}, paramLabel = "name", description = "name: print only type/name of each deleted object.")
    String output;

    public DeleteCommand(Session session) {
        this.session = session;
    }

    private record Deleted(Target target, String name, String uid) {
    }

    @Override
    public Integer call() {
        boolean bySelector = selector != null || fieldSelector != null;
        if (now && gracePeriod >= 0) {
            throw new CliException("--now and --grace-period cannot be specified together");
        }
        if (gracePeriod == 0 && !force) {
            throw new CliException("--grace-period=0 deletes without waiting for the node to stop the object: add --force to confirm");
        }
        if (output != null && !output.equals("name")) {
            throw new CliException("unexpected -o output mode: " + output + ", the flag 'output' must be one of yaml|name");
        }
        String namespace = allNamespaces ? null : session.namespace();
        List<Target> targets = Targets.resolve(session, args, files, namespace);
        for (Target t : targets) {
            if (t.all() && !all && !bySelector && !files.given()) {
                throw new CliException("resource(s) were provided, but no name was specified");
            }
            if (!t.all() && (all || bySelector)) {
                throw new CliException("name cannot be provided when a selector or --all is specified");
            }
        }
        Duration limit = Durations.parse("--timeout", timeout);
        DeleteOptions options = deleteOptions();
        Api api = session.api();
        List<Deleted> toWaitFor = new ArrayList<>();
        boolean failed = false;
        boolean found = false;
        for (Target t : targets) {
            for (String name : names(api, t)) {
                found = true;
                try {
                    Optional<ObjectNode> left = api.delete(t.type(), t.pathNamespace(), name, options);
                    session.out().println(output == null ? Kinds.quoted(t.type(), name) + " deleted" : Kinds.objectName(t.type(), name));
                    session.out().flush();
                    if (left.isPresent() && waitForDeletion) {
                        toWaitFor.add(new Deleted(t, name, left.get().path("metadata").path("uid").asText(null)));
                    }
                } catch (ApiException e) {
                    if (e.isNotFound() && ignoreNotFound) {
                        continue;
                    }
                    session.err().println(ErrorRenderer.render(e));
                    failed = true;
                }
            }
        }
        if (!found && (all || bySelector)) {
            session.err().println("No resources found");
        }
        ObjectWaiter waiter = new ObjectWaiter(api, session.err());
        for (Deleted d : toWaitFor) {
            String label = Kinds.objectName(d.target().type(), d.name());
            if (!waiter.await(d.target().type(), d.target().pathNamespace(), d.name(), label, new WaitCondition.Delete(), d.uid(),
                    limit.isZero() ? null : limit)) {
                session.err().println("error: timed out waiting for " + label + " to be deleted");
                failed = true;
            }
        }
        if (failed) {
            throw new Jctl.SilentFailure();
        }
        return 0;
    }

    /** The names a target stands for: its own, or what a list with the selectors (or --all) finds. */
    private List<String> names(Api api, Target t) {
        if (!t.all()) {
            return t.names();
        }
        ListOptions o = ListOptions.NONE;
        if (selector != null) {
            o = o.withLabelSelector(selector);
        }
        if (fieldSelector != null) {
            o = o.withFieldSelector(fieldSelector);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode i : api.list(t.type(), t.pathNamespace(), o).path("items")) {
            out.add(i.path("metadata").path("name").asText());
        }
        return out;
    }

    private DeleteOptions deleteOptions() {
        DeleteOptionsBuilder b = DeleteOptionsBuilder.create();
        if (now) {
            b.gracePeriodSeconds(1L);
        } else if (gracePeriod >= 0) {
            b.gracePeriodSeconds(gracePeriod);
        }
        String policy = switch (cascade.toLowerCase(Locale.ROOT)) {
            case "background", "true" -> DeleteOptionsBuilder.BACKGROUND;
            case "foreground" -> DeleteOptionsBuilder.FOREGROUND;
            case "orphan", "false" -> DeleteOptionsBuilder.ORPHAN;
            default -> throw new CliException("invalid cascade value (" + cascade + "). Must be \"background\", \"foreground\", or \"orphan\"");
        };
        return b.propagationPolicy(policy).build();
    }
}
