package dev.jetpod.jctl.cmd;

import dev.jetpod.client.ListOptions;
import dev.jetpod.jctl.Jctl;
import dev.jetpod.jctl.Session;
import dev.jetpod.jctl.print.OutputFormat;
import dev.jetpod.jctl.print.TableOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jctl get}: tables with kubectl's columns (the server's Table when it sends one, jctl's own column sets
 * otherwise), or the objects as yaml, json, names, a JSONPath template or custom columns; {@code -w} keeps watching.
 */
@Command(name = "get", description = "Display one or many resources.", sortOptions = false)
public final class GetCommand implements Callable<Integer> {
    private final Session session;

    @Parameters(paramLabel = "TYPE [NAME...]", arity = "0..*", completionCandidates = ResourceTypeNames.class, description = "A type (pods, po, deploy, …) and names, or TYPE/NAME pairs.")
    List<String> args = new ArrayList<>();

    @Mixin
    FileOptions files;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", description = "wide, yaml, json, name, jsonpath=TEMPLATE or custom-columns=SPEC.")
    String output;

    @Option(names = {"-l", "--selector"}, paramLabel = "SELECTOR", description = "Label selector, e.g. app=web,tier!=db.")
    String selector;

    @Option(names = "--field-selector", paramLabel = "SELECTOR", description = "Field selector, e.g. status.phase=Running.")
    String fieldSelector;

    @Option(names = {"-A", "--all-namespaces"}, description = "List across all namespaces (adds a NAMESPACE column).")
    boolean allNamespaces;

    @Option(names = {"-w", "--watch"}, description = "After listing, watch for changes and print them as they come.")
    boolean watch;

    @Option(names = "--watch-only", description = "Watch for changes without listing first.")
    boolean watchOnly;

    @Option(names = "--show-labels", description = "Show all labels as the last column.")
    boolean showLabels;

    @Option(names = {"-L", "--label-columns"}, split = ",", paramLabel = "KEY", description = "Labels to show as columns.")
    List<String> labelColumns = new ArrayList<>();

    @Option(names = "--no-headers", description = "Leave the header line out.")
    boolean noHeaders;

    @Option(names = "--ignore-not-found", description = "Print nothing for names that do not exist.")
    boolean ignoreNotFound;

    @Option(names = "--request-timeout", paramLabel = "DURATION", defaultValue = "0",
            description = "How long a watch may run before jctl stops (0: until interrupted).")
    String requestTimeout;

    @Option(names = "--raw", paramLabel = "PATH", description = "GET this server path and print the answer as it comes (e.g. /healthz, /api/v1).")
    String raw;

    public GetCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        if (raw != null) {
            if (!args.isEmpty()) {
                throw new dev.jetpod.jctl.CliException("arguments may not be passed when --raw is specified");
            }
            String body = session.api().getText(raw.startsWith("/") ? raw : "/" + raw);
            session.out().print(body.endsWith("\n") ? body : body + "\n");
            return 0;
        }
        OutputFormat format = OutputFormat.parse(output);
        String namespace = allNamespaces ? null : session.namespace();
        List<Target> targets = Targets.resolve(session, args, files, namespace);
        TableOptions tableOptions = new TableOptions(format.kind() == OutputFormat.Kind.WIDE, allNamespaces, showLabels,
                List.copyOf(labelColumns), noHeaders);
        if (watch || watchOnly) {
            Duration limit = Durations.parse("--request-timeout", requestTimeout);
            return new GetWatcher(session, format, tableOptions, listOptions(), limit).run(targets, !watchOnly);
        }
        boolean failed = format.isTable() ? printTables(targets, tableOptions) : printObjects(targets, format);
        if (failed) {
            throw new Jctl.SilentFailure();
        }
        return 0;
    }

    ListOptions listOptions() {
        ListOptions o = ListOptions.NONE;
        if (selector != null && !selector.isEmpty()) {
            o = o.withLabelSelector(selector);
        }
        if (fieldSelector != null && !fieldSelector.isEmpty()) {
            o = o.withFieldSelector(fieldSelector);
        }
        return o;
    }

    /** @return whether some name failed */
    private boolean printTables(List<Target> targets, TableOptions options) {
        TableGetter.Outcome o = new TableGetter(session, options, listOptions(), ignoreNotFound).print(targets);
        if (!o.printed() && !o.failed() && targets.stream().anyMatch(Target::all)) {
            session.err().println(noResources(targets));
        }
        return o.failed();
    }

    private String noResources(List<Target> targets) {
        boolean namespaced = targets.stream().anyMatch(t -> t.type().namespaced());
        if (allNamespaces || !namespaced) {
            return "No resources found";
        }
        return "No resources found in " + targets.get(0).namespace() + " namespace.";
    }

    /** @return whether some name failed */
    private boolean printObjects(List<Target> targets, OutputFormat format) {
        ObjectFetcher fetcher = new ObjectFetcher(session, listOptions(), ignoreNotFound);
        ObjectFetcher.Result r = fetcher.fetch(targets);
        boolean single = targets.size() == 1 && targets.get(0).names().size() == 1;
        new ObjectOutput(session, format, noHeaders).print(r.objects(), single && r.objects().size() == 1);
        if (r.objects().isEmpty() && !r.failed() && targets.stream().anyMatch(Target::all) && format.kind() != OutputFormat.Kind.JSON
                && format.kind() != OutputFormat.Kind.YAML) {
            session.err().println(noResources(targets));
        }
        return r.failed();
    }
}
