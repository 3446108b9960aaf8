package dev.jetpod.jctl.cmd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.client.ListOptions;
import dev.jetpod.jctl.ErrorRenderer;
import dev.jetpod.jctl.Jctl;
import dev.jetpod.jctl.Session;
import dev.jetpod.jctl.api.Api;
import dev.jetpod.jctl.api.Kinds;
import dev.jetpod.jctl.print.HumanTable;
import dev.jetpod.jctl.print.OutputFormat;
import dev.jetpod.jctl.print.Row;
import dev.jetpod.jctl.print.TableOptions;
import dev.jetpod.jctl.print.TableRenderer;
import dev.jetpod.jctl.print.Tables;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        Api api = session.api();
        Tables tables = new Tables(session.json());
        boolean failed = false;
        boolean printedAny = false;
        boolean prefixNames = targets.stream().map(Target::type).distinct().count() > 1;
        Object lastType = null;
        TableRenderer renderer = null;
        HumanTable pending = null;
        for (Target t : targets) {
            List<HumanTable> parts = new ArrayList<>();
            if (t.all()) {
                JsonNode answer = api.getAs(t.type().collectionPath(t.pathNamespace()), listOptions().withLimit(500).toQuery(), Api.TABLE);
                parts.add(toTable(tables, t, answer));
            } else {
                for (String name : t.names()) {
                    try {
                        JsonNode answer = api.getAs(t.type().objectPath(t.pathNamespace(), name), Map.of(), Api.TABLE);
                        parts.add(toTable(tables, t, answer));
                    } catch (ApiException e) {
                        if (!(e.isNotFound() && ignoreNotFound)) {
                            flush(pending, renderer);
                            pending = null;
                            session.err().println(ErrorRenderer.render(e));
                            failed = !e.isNotFound() || !ignoreNotFound;
                        }
                    }
                }
            }
            HumanTable merged = merge(parts, prefixNames ? Kinds.typeName(t.type()) + "/" : null);
            if (merged == null || merged.rows().isEmpty()) {
                continue;
            }
            if (pending != null && t.type() == lastType && sameColumns(pending, merged)) {
                pending = new HumanTable(pending.columns(), concat(pending.rows(), merged.rows()));
            } else {
                if (pending != null) {
                    flush(pending, renderer);
                    session.out().println();
                }
                pending = merged;
                renderer = new TableRenderer(options);
            }
            lastType = t.type();
            printedAny = true;
        }
        flush(pending, renderer);
        if (!printedAny && !failed && targets.stream().anyMatch(Target::all)) {
            session.err().println(noResources(targets));
        }
        return failed;
    }

    private void flush(HumanTable table, TableRenderer renderer) {
        if (table != null) {
            renderer.print(table, session.out());
        }
    }

    private String noResources(List<Target> targets) {
        boolean namespaced = targets.stream().anyMatch(t -> t.type().namespaced());
        if (allNamespaces || !namespaced) {
            return "No resources found";
        }
        return "No resources found in " + targets.get(0).namespace() + " namespace.";
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

    private static HumanTable merge(List<HumanTable> parts, String namePrefix) {
        if (parts.isEmpty()) {
            return null;
        }
        HumanTable first = parts.get(0);
        List<Row> rows = new ArrayList<>();
        int nameCol = -1;
        for (int i = 0; i < first.columns().size(); i++) {
            if (first.columns().get(i).name().equalsIgnoreCase("NAME")) {
                nameCol = i;
                break;
            }
        }
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

    private static boolean sameColumns(HumanTable a, HumanTable b) {
        return a.columns().equals(b.columns());
    }

    private static List<Row> concat(List<Row> a, List<Row> b) {
        List<Row> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
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
