package dev.jetpod.jctl.cmd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.client.ListOptions;
import dev.jetpod.jctl.CliException;
import dev.jetpod.jctl.Jctl;
import dev.jetpod.jctl.Session;
import dev.jetpod.jctl.api.Api;
import dev.jetpod.jctl.api.Kinds;
import dev.jetpod.jctl.wait.ObjectWaiter;
import dev.jetpod.jctl.wait.WaitCondition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jctl wait --for=…}: waits for each named or selected object, printing {@code pod/web condition met} on
 * stdout when it holds and a progress line on stderr whenever where it stands changes; exit 1 on timeout.
 */
@Command(name = "wait", description = "Wait for a condition on one or many resources.", sortOptions = false)
public final class WaitCommand implements Callable<Integer> {
    private final Session session;

    @Parameters(paramLabel = "TYPE[/NAME] [NAME...]", arity = "0..*", completionCandidates = ResourceTypeNames.class)
    List<String> args = new ArrayList<>();

    @Mixin
    FileOptions files;

    @Option(names = "--for", required = true, paramLabel = "CONDITION",
            description = "delete, create, condition=TYPE[=STATUS], or jsonpath={PATH}[=VALUE].")
    String forCondition;

    @Option(names = "--timeout", defaultValue = "30s", paramLabel = "DURATION", description = "How long to wait (default 30s; 0: check once).")
    String timeout;

    @Option(names = {"-l", "--selector"}, paramLabel = "SELECTOR")
    String selector;

    @Option(names = "--all", description = "Every object of the type in the namespace.")
    boolean all;

    @Option(names = {"-A", "--all-namespaces"})
    boolean allNamespaces;

    public WaitCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        WaitCondition condition = WaitCondition.parse(forCondition);
        Duration limit = Durations.parse("--timeout", timeout);
        String namespace = allNamespaces ? null : session.namespace();
        List<Target> targets = Targets.resolve(session, args, files, namespace);
        Api api = session.api();
        Instant deadline = Instant.now().plus(limit);
        ObjectWaiter waiter = new ObjectWaiter(api, session.err());
        boolean failed = false;
        int waited = 0;
        for (Target t : targets) {
            List<String[]> objects = objects(api, t);
            for (String[] nsName : objects) {
                waited++;
                String label = Kinds.objectName(t.type(), nsName[1]);
                Duration left = Duration.between(Instant.now(), deadline);
                boolean met = waiter.await(t.type(), nsName[0], nsName[1], label, condition, null, left.isNegative() ? Duration.ZERO : left);
                if (met) {
                    session.out().println(label + " condition met");
                    session.out().flush();
                } else {
                    session.err().println("error: timed out waiting for the condition on " + t.type().plural() + "/" + nsName[1]);
                    failed = true;
                }
            }
        }
        if (waited == 0) {
            throw new CliException("no matching resources found");
        }
        if (failed) {
            throw new Jctl.SilentFailure();
        }
        return 0;
    }

    /** [namespace, name] of each object: the named ones, or those a list with the selector finds. */
    private List<String[]> objects(Api api, Target t) {
        List<String[]> out = new ArrayList<>();
        if (!t.all()) {
            t.names().forEach(n -> out.add(new String[] {t.pathNamespace(), n}));
            return out;
        }
        if (!all && selector == null) {
            throw new CliException("resource(s) were provided, but no name was specified");
        }
        ListOptions o = selector == null ? ListOptions.NONE : ListOptions.labelSelector(selector);
        for (JsonNode i : api.list(t.type(), t.pathNamespace(), o).path("items")) {
            String ns = i.path("metadata").path("namespace").asText(null);
            out.add(new String[] {t.type().namespaced() ? ns : null, i.path("metadata").path("name").asText()});
        }
        return out;
    }
}
