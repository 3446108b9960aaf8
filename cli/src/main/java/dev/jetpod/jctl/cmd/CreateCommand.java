package dev.jetpod.jctl.cmd;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.jctl.CliException;
import dev.jetpod.jctl.ErrorRenderer;
import dev.jetpod.jctl.Jctl;
import dev.jetpod.jctl.Session;
import dev.jetpod.jctl.api.Kinds;
import dev.jetpod.jctl.apply.LastApplied;
import dev.jetpod.jctl.manifest.Manifest;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jctl create -f FILE} (POST of each object; an existing one is an error) and {@code jctl create namespace NAME}. */
@Command(name = "create", description = "Create resources from files or stdin, or a namespace.",
        subcommands = CreateCommand.Namespace.class, sortOptions = false)
public final class CreateCommand implements Callable<Integer> {
    private final Session session;

    @Mixin
    FileOptions files;

    @Option(names = "--save-config", description = "Record the configuration in the last-applied annotation, so a later apply can diff against it.")
    boolean saveConfig;

    @Option(names = "--dry-run", paramLabel = "none|client|server", defaultValue = "none", arity = "0..1", fallbackValue = "client")
    String dryRun;

    public CreateCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        if (!files.given()) {
            throw new CliException("must specify -f, or a subcommand: jctl create namespace NAME");
        }
        boolean failed = false;
        for (Manifest m : Targets.read(session, files)) {
            ObjectNode o = m.object().deepCopy();
            ResourceType<?> type = session.kinds().forObject(o, m.source());
            ObjectNode meta = o.get("metadata") instanceof ObjectNode x ? x : o.putObject("metadata");
            String ns = null;
            if (type.namespaced()) {
                ns = meta.path("namespace").asText("");
                if (ns.isEmpty()) {
                    ns = session.namespace();
                    meta.put("namespace", ns);
                } else if (session.namespaceGiven() && !ns.equals(session.namespace())) {
                    throw new CliException("the namespace from the provided object \"" + ns + "\" does not match the namespace \""
                            + session.namespace() + "\". You must pass '--namespace=" + ns + "' to perform this operation.");
                }
            }
            if (saveConfig) {
                o = new LastApplied(session.json()).withAnnotation(o);
            }
            try {
                ObjectNode created = dryRun.equals("client") ? o : session.api().create(type, ns, o, query());
                String name = created.path("metadata").path("name").asText();
                session.out().println(Kinds.objectName(type, name) + " created" + suffix());
            } catch (ApiException e) {
                session.out().flush();
                session.err().println(ErrorRenderer.render(e));
                failed = true;
            }
        }
        if (failed) {
            throw new Jctl.SilentFailure();
        }
        return 0;
    }

    private Map<String, String> query() {
        return dryRun.equals("server") ? Map.of("dryRun", "All", "fieldManager", "jctl-create") : Map.of("fieldManager", "jctl-create");
    }

    private String suffix() {
        return switch (dryRun) {
            case "client" -> " (dry run)";
            case "server" -> " (server dry run)";
            default -> "";
        };
    }

    /** {@code jctl create namespace NAME}. */
    @Command(name = "namespace", aliases = "ns", description = "Create a namespace with the given name.")
    public static final class Namespace implements Callable<Integer> {
        private final Session session;

        @Parameters(paramLabel = "NAME", arity = "1")
        String name;

        public Namespace(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            ObjectNode ns = JsonNodeFactory.instance.objectNode();
            ns.put("apiVersion", "v1");
            ns.put("kind", "Namespace");
            ns.putObject("metadata").put("name", name);
            session.api().create(Resources.NAMESPACES, null, ns, Map.of("fieldManager", "jctl-create"));
            session.out().println(Kinds.objectName(Resources.NAMESPACES, name) + " created");
            return 0;
        }
    }
}
