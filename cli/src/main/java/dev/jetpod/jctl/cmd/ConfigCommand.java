package dev.jetpod.jctl.cmd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.client.config.Kubeconfig;
import dev.jetpod.client.config.KubeconfigContext;
import dev.jetpod.client.config.KubeconfigFile;
import dev.jetpod.client.config.LoadedKubeconfig;
import dev.jetpod.jctl.CliException;
import dev.jetpod.jctl.Session;
import dev.jetpod.jctl.print.Column;
import dev.jetpod.jctl.print.HumanTable;
import dev.jetpod.jctl.print.ObjectWriter;
import dev.jetpod.jctl.print.Row;
import dev.jetpod.jctl.print.TableOptions;
import dev.jetpod.jctl.print.TableRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jctl config view|use-context|get-contexts|current-context|set-context}, through the client's kubeconfig
 * model with kubectl's loading rules: reads merge --kubeconfig / KUBECONFIG / $JETPOD_HOME/kubeconfig, writes go to
 * the one file kubectl would change, keeping everything else in it.
 */
@Command(name = "config", description = "Modify or view kubeconfig files.",
        subcommands = {ConfigCommand.View.class, ConfigCommand.UseContext.class, ConfigCommand.GetContexts.class,
                ConfigCommand.CurrentContext.class, ConfigCommand.SetContext.class})
public final class ConfigCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: view, use-context, get-contexts, current-context or set-context");
    }

    /** {@code config view}: the merged configuration, secrets redacted unless --raw. */
    @Command(name = "view", description = "Display the merged kubeconfig (credentials redacted unless --raw).")
    public static final class View implements Callable<Integer> {
        static final Set<String> REDACTED = Set.of("token", "password");
        static final Set<String> OMITTED = Set.of("client-certificate-data", "client-key-data", "certificate-authority-data");

        private final Session session;

        @Option(names = "--raw", description = "Show credentials as they are.")
        boolean raw;

        @Option(names = "--minify", description = "Only what the current context uses.")
        boolean minify;

        @Option(names = {"-o", "--output"}, defaultValue = "yaml", paramLabel = "yaml|json")
        String output;

        public View(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            Kubeconfig k = session.kubeconfig().config();
            if (minify) {
                k = minify(k, session.kubeconfig().contextName(session.contextOverride()));
            }
            ObjectNode doc = session.yaml().valueToTree(k);
            doc.putObject("preferences");
            if (!doc.has("current-context")) {
                doc.put("current-context", "");
            }
            for (String list : List.of("clusters", "contexts", "users")) {
                if (!doc.has(list)) {
                    doc.putArray(list);
                }
            }
            if (!raw) {
                redact(doc);
            }
            ObjectWriter w = new ObjectWriter(session.json(), session.yaml());
            switch (output) {
                case "yaml" -> session.out().print(w.yaml(doc));
                case "json" -> session.out().print(w.json(doc));
                default -> throw new CliException("--output must be yaml or json");
            }
            return 0;
        }

        static Kubeconfig minify(Kubeconfig k, String context) {
            KubeconfigContext c = k.context(context).orElseThrow(() -> new CliException("context \"" + context + "\" does not exist"));
            return new Kubeconfig(k.apiVersion(), k.kind(),
                    k.clusters().stream().filter(x -> x.name().equals(c.cluster())).toList(),
                    k.contexts().stream().filter(x -> x.name().equals(context)).toList(),
                    k.users().stream().filter(x -> x.name().equals(c.user())).toList(), context);
        }

        static void redact(JsonNode n) {
            if (n instanceof ObjectNode o) {
                List<String> names = new ArrayList<>();
                o.fieldNames().forEachRemaining(names::add);
                for (String f : names) {
                    if (REDACTED.contains(f) && o.get(f).isTextual()) {
                        o.put(f, "REDACTED");
                    } else if (OMITTED.contains(f)) {
                        o.put(f, "DATA+OMITTED");
                    } else {
                        redact(o.get(f));
                    }
                }
            } else if (n instanceof ArrayNode a) {
                a.forEach(View::redact);
            }
        }
    }

    /** {@code config use-context NAME}. */
    @Command(name = "use-context", description = "Set the current-context in a kubeconfig file.")
    public static final class UseContext implements Callable<Integer> {
        private final Session session;

        @Parameters(paramLabel = "CONTEXT_NAME", arity = "1")
        String name;

        public UseContext(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            if (session.kubeconfig().config().context(name).isEmpty()) {
                throw new CliException("no context exists with the name: \"" + name + "\"");
            }
            KubeconfigFile file = KubeconfigFile.open(session.loader().writeTarget());
            file.setCurrentContext(name);
            file.write();
            session.out().println("Switched to context \"" + name + "\".");
            return 0;
        }
    }

    /** {@code config get-contexts [NAME...]}: CURRENT NAME CLUSTER AUTHINFO NAMESPACE. */
    @Command(name = "get-contexts", description = "Describe one or many contexts.")
    public static final class GetContexts implements Callable<Integer> {
        private final Session session;

        @Parameters(paramLabel = "NAME", arity = "0..*")
        List<String> names = new ArrayList<>();

        @Option(names = {"-o", "--output"}, paramLabel = "name")
        String output;

        @Option(names = "--no-headers")
        boolean noHeaders;

        public GetContexts(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            LoadedKubeconfig lk = session.kubeconfig();
            Kubeconfig k = lk.config();
            for (String n : names) {
                if (k.context(n).isEmpty()) {
                    throw new CliException("context " + n + " not found");
                }
            }
            String current = k.currentContext() == null ? "" : k.currentContext();
            List<Row> rows = new ArrayList<>();
            for (Kubeconfig.NamedContext c : k.contexts()) {
                if (!names.isEmpty() && !names.contains(c.name())) {
                    continue;
                }
                if ("name".equals(output)) {
                    session.out().println(c.name());
                    continue;
                }
                KubeconfigContext ctx = c.context();
                rows.add(new Row(List.of(c.name().equals(current) ? "*" : "", c.name(), nz(ctx == null ? null : ctx.cluster()),
                        nz(ctx == null ? null : ctx.user()), nz(ctx == null ? null : ctx.namespace())), null));
            }
            if (!"name".equals(output)) {
                List<Column> cols = List.of(Column.of("CURRENT"), Column.of("NAME"), Column.of("CLUSTER"), Column.of("AUTHINFO"), Column.of("NAMESPACE"));
                new TableRenderer(new TableOptions(false, false, false, List.of(), noHeaders)).print(new HumanTable(cols, rows), session.out());
            }
            return 0;
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }

    /** {@code config current-context}. */
    @Command(name = "current-context", description = "Display the current-context.")
    public static final class CurrentContext implements Callable<Integer> {
        private final Session session;

        public CurrentContext(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            String c = session.kubeconfig().config().currentContext();
            if (c == null || c.isEmpty()) {
                throw new CliException("current-context is not set");
            }
            session.out().println(c);
            return 0;
        }
    }

    /** {@code config set-context [NAME | --current] --namespace=NS --cluster=C --user=U}. */
    @Command(name = "set-context", description = "Set a context entry in kubeconfig (e.g. --current --namespace=dev).")
    public static final class SetContext implements Callable<Integer> {
        private final Session session;

        @Parameters(paramLabel = "NAME", arity = "0..1")
        String name;

        @Option(names = "--current", description = "Change the current context.")
        boolean current;

        @Option(names = "--cluster", paramLabel = "CLUSTER")
        String cluster;

        @Option(names = "--user", paramLabel = "USER")
        String user;

        public SetContext(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            if (current == (name != null)) {
                throw new CliException("you must specify a context name or --current, but not both");
            }
            KubeconfigFile file = KubeconfigFile.open(session.loader().writeTarget());
            String target = current ? file.view().currentContext() : name;
            if (target == null || target.isEmpty()) {
                throw new CliException("no current context is set");
            }
            boolean exists = file.view().context(target).isPresent();
            // --namespace / -n is the global flag here: it names the context's default namespace
            file.putContext(target, new KubeconfigContext(cluster, user, session.namespaceFlag()));
            file.write();
            session.out().println("Context \"" + target + "\" " + (exists ? "modified" : "created") + ".");
            return 0;
        }
    }
}
