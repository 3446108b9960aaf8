package dev.jetpod.jctl.cmd;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.jctl.CliException;
import dev.jetpod.jctl.ErrorRenderer;
import dev.jetpod.jctl.Jctl;
import dev.jetpod.jctl.Session;
import dev.jetpod.jctl.api.Kinds;
import dev.jetpod.jctl.apply.Applier;
import dev.jetpod.jctl.manifest.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code jctl apply -f}: every object of the files is read and checked first, then applied in file order; one
 * line per object ({@code pod/web created|configured|unchanged}). An object the server refuses is reported and the
 * rest still go, as kubectl does; the exit code is 1 if any failed.
 */
@Command(name = "apply", description = "Apply a configuration to resources from files or stdin (create or update).", sortOptions = false)
public final class ApplyCommand implements Callable<Integer> {
    private final Session session;

    @Mixin
    FileOptions files;

    @Option(names = "--dry-run", paramLabel = "none|client|server", defaultValue = "none", arity = "0..1", fallbackValue = "client",
            description = "client: only say what would happen; server: let the server validate without storing.")
    String dryRun;

    @Option(names = "--validate", paramLabel = "strict|warn|ignore", defaultValue = "strict", arity = "0..1", fallbackValue = "strict",
            description = "How the server treats unknown or duplicate fields (fieldValidation); true=strict, false=ignore.")
    String validate;

    public ApplyCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        if (!files.given()) {
            throw new CliException("must specify -f: jctl apply -f FILE|DIR|-");
        }
        List<Manifest> manifests = Targets.read(session, files);
        List<Prepared> objects = new ArrayList<>();
        for (Manifest m : manifests) {
            objects.add(prepare(m));
        }
        if (objects.isEmpty()) {
            throw new CliException("no objects passed to apply");
        }
        Applier applier = new Applier(session.api(), session.json(), session.err(),
                new Applier.Options(dryRun.equals("client"), dryRun.equals("server"), fieldValidation()));
        String suffix = switch (dryRun) {
            case "client" -> " (dry run)";
            case "server" -> " (server dry run)";
            default -> "";
        };
        boolean failed = false;
        for (Prepared p : objects) {
            try {
                Applier.Outcome o = applier.apply(p.type(), p.object(), p.source());
                session.out().println(Kinds.objectName(p.type(), p.name()) + " " + o.word() + suffix);
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

    private record Prepared(ResourceType<?> type, ObjectNode object, String name, String source) {
    }

    /** Type, name and namespace of a manifest's object, checked before anything is sent. */
    private Prepared prepare(Manifest m) {
        ObjectNode o = m.object().deepCopy();
        ResourceType<?> type = session.kinds().forObject(o, m.source());
        ObjectNode meta = o.get("metadata") instanceof ObjectNode x ? x : o.putObject("metadata");
        String name = meta.path("name").asText("");
        if (name.isEmpty()) {
            if (!meta.path("generateName").asText("").isEmpty()) {
                throw new CliException("from " + m.describe() + ": cannot use generate name with apply");
            }
            throw new CliException("error validating " + m.describe() + ": metadata.name is required");
        }
        if (type.namespaced()) {
            String fileNs = meta.path("namespace").asText("");
            if (!fileNs.isEmpty() && session.namespaceGiven() && !fileNs.equals(session.namespace())) {
                throw new CliException("the namespace from the provided object \"" + fileNs + "\" does not match the namespace \""
                        + session.namespace() + "\". You must pass '--namespace=" + fileNs + "' to perform this operation.");
            }
            if (fileNs.isEmpty()) {
                meta.put("namespace", session.namespace());
            }
        }
        return new Prepared(type, o, name, m.source());
    }

    private String fieldValidation() {
        return switch (validate.toLowerCase(java.util.Locale.ROOT)) {
            case "strict", "true" -> "Strict";
            case "warn" -> "Warn";
            case "ignore", "false" -> "Ignore";
            default -> throw new CliException("invalid --validate value \"" + validate + "\": use strict, warn or ignore");
        };
    }
}
