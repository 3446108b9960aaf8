package dev.jetpod.jctl.cmd;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.codec.DecodeErrors;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.client.PatchType;
import dev.jetpod.jctl.CliException;
import dev.jetpod.jctl.ErrorRenderer;
import dev.jetpod.jctl.Jctl;
import dev.jetpod.jctl.Session;
import dev.jetpod.jctl.api.Api;
import dev.jetpod.jctl.api.Kinds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jctl patch TYPE NAME -p PATCH [--type strategic|merge|json]}: the patch (JSON or YAML) goes to the server
 * as given; prints {@code pod/web patched}, or {@code (no change)} when the object stayed as it was.
 */
@Command(name = "patch", description = "Update fields of a resource using a strategic merge, JSON merge or JSON patch.", sortOptions = false)
public final class PatchCommand implements Callable<Integer> {
    private final Session session;

    @Parameters(paramLabel = "TYPE NAME | TYPE/NAME", arity = "0..*", completionCandidates = ResourceTypeNames.class)
    List<String> args = new ArrayList<>();

    @Mixin
    FileOptions files;

    @Option(names = {"-p", "--patch"}, paramLabel = "PATCH", description = "The patch, JSON or YAML.")
    String patch;

    @Option(names = "--patch-file", paramLabel = "FILE", description = "A file holding the patch.")
    String patchFile;

    @Option(names = "--type", defaultValue = "strategic", paramLabel = "strategic|merge|json")
    String type;

    @Option(names = "--subresource", paramLabel = "status|scale", description = "Patch a subresource instead of the object.")
    String subresource;

    public PatchCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        String body = body();
        PatchType pt = switch (type.toLowerCase(Locale.ROOT)) {
            case "strategic" -> PatchType.STRATEGIC_MERGE;
            case "merge" -> PatchType.MERGE;
            case "json" -> PatchType.JSON;
            default -> throw new CliException("--type must be one of [json merge strategic], not \"" + type + "\"");
        };
        if (pt == PatchType.JSON && !body.strip().startsWith("[")) {
            throw new CliException("unable to parse \"" + body + "\": a JSON patch must be a list of operations");
        }
        List<Target> targets = Targets.resolve(session, args, files, session.namespace());
        Api api = session.api();
        boolean failed = false;
        for (Target t : targets) {
            if (t.all()) {
                throw new CliException("resource(s) were provided, but no name was specified");
            }
            for (String name : t.names()) {
                try {
                    ObjectNode before = subresource == null ? api.get(t.type(), t.pathNamespace(), name)
                            : api.getSubresource(t.type(), t.pathNamespace(), name, subresource);
                    ObjectNode after = api.patch(t.type(), t.pathNamespace(), name, subresource, pt, body);
                    boolean same = before.path("metadata").path("resourceVersion").equals(after.path("metadata").path("resourceVersion"));
                    session.out().println(Kinds.objectName(t.type(), name) + " patched" + (same ? " (no change)" : ""));
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

    /** The patch as JSON: YAML is accepted and converted, as kubectl does. */
    private String body() {
        if ((patch == null) == (patchFile == null)) {
            throw new CliException("must specify exactly one of --patch (-p) or --patch-file");
        }
        String text = patch;
        if (patchFile != null) {
            try {
                text = Files.readString(session.io().resolve(patchFile));
            } catch (NoSuchFileException e) {
                throw new CliException("the path \"" + patchFile + "\" does not exist");
            } catch (IOException e) {
                throw new CliException("could not read \"" + patchFile + "\": " + e.getMessage());
            }
        }
        try {
            JsonNode n = text.strip().startsWith("{") || text.strip().startsWith("[") ? session.json().readTree(text) : session.yaml().readTree(text);
            if (n == null || !(n.isObject() || n.isArray())) {
                throw new CliException("unable to parse \"" + text + "\": the patch must be a JSON or YAML object (or a list for --type json)");
            }
            return session.json().writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new CliException("unable to parse \"" + text + "\": " + DecodeErrors.syntax(e));
        }
    }
}
