package dev.jetpod.jctl.cmd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.codec.DecodeErrors;
import dev.jetpod.api.core.v1.PodTemplateSpec;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.WatchEvent;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.client.ListOptions;
import dev.jetpod.client.PatchType;
import dev.jetpod.client.blocking.BlockingWatch;
import dev.jetpod.jctl.CliException;
import dev.jetpod.jctl.Session;
import dev.jetpod.jctl.api.Api;
import dev.jetpod.jctl.api.Kinds;
import dev.jetpod.jctl.apply.JsonTrees;
import dev.jetpod.jctl.apply.LastApplied;
import dev.jetpod.jctl.describe.Describers;
import dev.jetpod.jctl.print.TableOptions;
import dev.jetpod.jctl.print.TableRenderer;
import dev.jetpod.jctl.rollout.Revisions;
import dev.jetpod.jctl.rollout.RolloutState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jctl rollout status|history|undo} for Deployments, worked out on the client as kubectl does: status from the
 * Deployment's observedGeneration, replica counts and conditions; history and undo from the revisions recorded on the
 * ReplicaSets it controls.
 */
@Command(name = "rollout", description = "Manage the rollout of a deployment: status, history, undo.",
        subcommands = {RolloutCommand.Status.class, RolloutCommand.History.class, RolloutCommand.Undo.class})
public final class RolloutCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: status, history or undo");
    }

    /** The one deployment the arguments name ({@code deployment/web}, {@code deploy web}). */
    static Target deployment(Session session, List<String> args) {
        List<Target> targets = Targets.resolve(session, args, null, session.namespace());
        if (targets.size() != 1 || targets.get(0).names().size() != 1) {
            throw new CliException("rollout takes exactly one resource: deployment/NAME or deployment NAME");
        }
        Target t = targets.get(0);
        if (t.type() != Resources.DEPLOYMENTS) {
            throw new CliException("no rollout support for " + t.type().plural() + ": only deployments are supported");
        }
        return t;
    }

    /** {@code rollout status}: a line each time the state changes, until rolled out (or --timeout). */
    @Command(name = "status", description = "Show the status of the rollout, waiting until it completes.")
    public static final class Status implements Callable<Integer> {
        private final Session session;

        @Parameters(paramLabel = "deployment/NAME", arity = "1..2")
        List<String> args = new ArrayList<>();

        @Option(names = {"-w", "--watch"}, defaultValue = "true", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL",
                description = "Keep watching until the rollout is done (default true).")
        boolean watch;

        @Option(names = "--timeout", defaultValue = "0", paramLabel = "DURATION", description = "Give up after this long (0: never).")
        String timeout;

        @Option(names = "--revision", defaultValue = "0", paramLabel = "N", description = "Fail unless this revision is the one rolling out.")
        long revision;

        public Status(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            Target t = deployment(session, args);
            String name = t.names().get(0);
            Api api = session.api();
            Duration limit = Durations.parse("--timeout", timeout);
            Instant deadline = limit.isZero() ? null : Instant.now().plus(limit);
            String last = null;
            while (true) {
                ObjectNode d = api.get(t.type(), t.pathNamespace(), name);
                checkRevision(d);
                RolloutState s = RolloutState.of(d);
                last = print(s, last);
                if (s.done() || !watch) {
                    return 0;
                }
                ListOptions opts = ListOptions.fieldSelector("metadata.name=" + name)
                        .withResourceVersion(d.path("metadata").path("resourceVersion").asText());
                if (deadline != null) {
                    opts = opts.withTimeoutSeconds((int) Math.max(1, Duration.between(Instant.now(), deadline).toSeconds() + 1));
                }
                try (BlockingWatch<JsonNode> w = api.watch(t.type(), t.pathNamespace(), opts, Api.JSON)) {
                    Optional<WatchEvent<JsonNode>> e;
                    while ((e = w.next(deadline == null ? null : Duration.between(Instant.now(), deadline))).isPresent()) {
                        if (e.get().type() == WatchEvent.Type.DELETED) {
                            throw new CliException("deployment \"" + name + "\" was deleted while waiting for its rollout");
                        }
                        if (e.get().type() == WatchEvent.Type.BOOKMARK) {
                            continue;
                        }
                        checkRevision(e.get().object());
                        RolloutState es = RolloutState.of(e.get().object());
                        last = print(es, last);
                        if (es.done()) {
                            return 0;
                        }
                    }
                } catch (ApiException ex) {
                    if (!ex.isGone()) {
                        throw ex;
                    }
                }
                if (deadline != null && !Instant.now().isBefore(deadline)) {
                    throw new CliException("timed out waiting for the condition");
                }
            }
        }

        private void checkRevision(JsonNode d) {
            if (revision <= 0) {
                return;
            }
            String current = d.path("metadata").path("annotations").path(Revisions.REVISION).asText("");
            if (!current.equals(Long.toString(revision))) {
                throw new CliException("desired revision (" + revision + ") is different from the running revision (" + (current.isEmpty() ? "none" : current) + ")");
            }
        }

        private String print(RolloutState s, String last) {
            if (!s.message().equals(last)) {
                session.out().println(s.message());
                session.out().flush();
            }
            return s.message();
        }
    }

    /** {@code rollout history}: REVISION and CHANGE-CAUSE per revision, or one revision's pod template. */
    @Command(name = "history", description = "Show the revisions of a deployment.")
    public static final class History implements Callable<Integer> {
        private final Session session;

        @Parameters(paramLabel = "deployment/NAME", arity = "1..2")
        List<String> args = new ArrayList<>();

        @Option(names = "--revision", defaultValue = "0", paramLabel = "N", description = "Show the pod template of this revision.")
        long revision;

        public History(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            Target t = deployment(session, args);
            Api api = session.api();
            ObjectNode d = api.get(t.type(), t.pathNamespace(), t.names().get(0));
            Revisions revs = Revisions.of(d, api.list(Resources.REPLICASETS, t.pathNamespace(), ListOptions.NONE));
            String label = Kinds.objectName(t.type(), t.names().get(0));
            if (revision > 0) {
                Revisions.Revision r = revs.number(revision).orElseThrow(() -> new CliException("unable to find the specified revision " + revision));
                session.out().println(label + " with revision #" + revision);
                PodTemplateSpec template = typed(r.template());
                session.out().print(Describers.podTemplate(template));
                return 0;
            }
            if (revs.all().isEmpty()) {
                session.out().println("No rollout history found.");
                return 0;
            }
            session.out().println(label);
            List<List<String>> rows = new ArrayList<>();
            for (Revisions.Revision r : revs.all()) {
                rows.add(List.of(Long.toString(r.number()), r.changeCause()));
            }
            dev.jetpod.jctl.print.HumanTable table = new dev.jetpod.jctl.print.HumanTable(
                    List.of(dev.jetpod.jctl.print.Column.of("REVISION"), dev.jetpod.jctl.print.Column.of("CHANGE-CAUSE")),
                    rows.stream().map(cells -> new dev.jetpod.jctl.print.Row(cells, null)).toList());
            new TableRenderer(TableOptions.DEFAULT).print(table, session.out());
            session.out().println();
            return 0;
        }

        private PodTemplateSpec typed(JsonNode n) {
            try {
                return session.json().treeToValue(n, PodTemplateSpec.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("could not read the revision's pod template: " + DecodeErrors.describe(e), e);
            }
        }
    }

    /**
     * {@code rollout undo [--to-revision=N]}: puts the pod template of that revision (default: the previous one) back
     * into the Deployment with a JSON patch, with the ReplicaSet's annotations, as kubectl's rollback does.
     */
    @Command(name = "undo", description = "Roll back to a previous revision of a deployment.")
    public static final class Undo implements Callable<Integer> {
        /** Annotations that belong to a revision's bookkeeping, not to what is rolled back. */
        private static final Set<String> SKIPPED = Set.of(Revisions.REVISION, "deployment.kubernetes.io/revision-history",
                "deployment.kubernetes.io/desired-replicas", "deployment.kubernetes.io/max-replicas", LastApplied.ANNOTATION);

        private final Session session;

        @Parameters(paramLabel = "deployment/NAME", arity = "1..2")
        List<String> args = new ArrayList<>();

        @Option(names = "--to-revision", defaultValue = "0", paramLabel = "N", description = "The revision to go back to (default: the previous).")
        long toRevision;

        @Option(names = "--dry-run", paramLabel = "none|client|server", defaultValue = "none", arity = "0..1", fallbackValue = "client")
        String dryRun;

        public Undo(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            Target t = deployment(session, args);
            String name = t.names().get(0);
            Api api = session.api();
            ObjectNode d = api.get(t.type(), t.pathNamespace(), name);
            if (d.path("spec").path("paused").asBoolean(false)) {
                throw new CliException("you cannot rollback a paused deployment; resume it first with jctl rollout resume and try again");
            }
            Revisions revs = Revisions.of(d, api.list(Resources.REPLICASETS, t.pathNamespace(), ListOptions.NONE));
            Revisions.Revision target = toRevision > 0
                    ? revs.number(toRevision).orElseThrow(() -> new CliException("unable to find specified revision " + toRevision + " in history"))
                    : revs.previous().orElseThrow(() -> new CliException("no rollout history found for deployment \"" + name + "\""));
            String label = Kinds.objectName(t.type(), name);
            ObjectNode template = Revisions.withoutHash(target.template());
            if (JsonTrees.same(template, Revisions.withoutHash(d.path("spec").path("template")))) {
                session.out().println(label + " skipped rollback (current template already matches revision " + target.number() + ")");
                return 0;
            }
            ObjectNode annotations = session.json().createObjectNode();
            d.path("metadata").path("annotations").fields().forEachRemaining(e -> annotations.set(e.getKey(), e.getValue()));
            target.replicaSet().path("metadata").path("annotations").fields().forEachRemaining(e -> {
                if (!SKIPPED.contains(e.getKey())) {
                    annotations.set(e.getKey(), e.getValue());
                }
            });
            var patch = session.json().createArrayNode();
            patch.addObject().put("op", "replace").put("path", "/spec/template").set("value", template);
            patch.addObject().put("op", "replace").put("path", "/metadata/annotations").set("value", annotations);
            if (!dryRun.equals("client")) {
                api.patch(t.type(), t.pathNamespace(), name, null, PatchType.JSON, patch.toString(),
                        dryRun.equals("server") ? java.util.Map.of("dryRun", "All") : java.util.Map.of());
            }
            session.out().println(label + " rolled back" + (dryRun.equals("none") ? "" : " (" + (dryRun.equals("server") ? "server " : "") + "dry run)"));
            return 0;
        }
    }
}
