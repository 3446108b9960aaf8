package dev.jetpod.jctl.cmd;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What label and annotate share: resources and {@code key=value}/{@code key-} arguments, --overwrite, -l, --all,
 * --resource-version; for each object a GET, the change computed with kubectl's rules, and a JSON merge patch of
 * {@code metadata.labels} or {@code metadata.annotations} (with resourceVersion as a precondition when given).
 */
abstract class MetadataMapCommand {
    protected final Session session;

    @Parameters(paramLabel = "TYPE NAME KEY=VAL... KEY-...", arity = "0..*", completionCandidates = ResourceTypeNames.class)
    List<String> args = new ArrayList<>();

    @Mixin
    FileOptions files;

    @Option(names = "--overwrite", description = "Allow changing the value of a key that already has one.")
    boolean overwrite;

    @Option(names = {"-l", "--selector"}, paramLabel = "SELECTOR")
    String selector;

    @Option(names = "--all", description = "Every object of the type in the namespace.")
    boolean all;

    @Option(names = "--resource-version", paramLabel = "RV", description = "Only if the object is still at this resourceVersion.")
    String resourceVersion;

    protected MetadataMapCommand(Session session) {
        this.session = session;
    }

    /** "labels" or "annotations". */
    abstract String field();

    /** "label" or "annotation", for messages. */
    abstract String what();

    /** "labeled" or "annotated". */
    abstract String done();

    int run() {
        List<String> resources = new ArrayList<>();
        KeyValueChanges changes = KeyValueChanges.parse(args, resources, what());
        List<Target> targets = Targets.resolve(session, resources, files, session.namespace());
        Api api = session.api();
        boolean failed = false;
        int seen = 0;
        for (Target t : targets) {
            if (t.all() && !all && selector == null) {
                throw new CliException("resource(s) were provided, but no name was specified");
            }
            for (String name : names(api, t)) {
                seen++;
                try {
                    change(api, t, name, changes);
                } catch (ApiException e) {
                    session.err().println(ErrorRenderer.render(e));
                    failed = true;
                }
            }
        }
        if (seen == 0) {
            session.err().println("No resources found");
        }
        if (failed) {
            throw new Jctl.SilentFailure();
        }
        return 0;
    }

    private void change(Api api, Target t, String name, KeyValueChanges changes) {
        ObjectNode current = api.get(t.type(), t.pathNamespace(), name);
        Map<String, String> before = new LinkedHashMap<>();
        current.path("metadata").path(field()).fields().forEachRemaining(e -> before.put(e.getKey(), e.getValue().asText()));
        KeyValueChanges.Outcome o = changes.applyTo(before, overwrite, what());
        o.warnings().forEach(w -> session.err().println(w));
        String label = Kinds.objectName(t.type(), name);
        if (!o.changed() && resourceVersion == null) {
            session.out().println(label + " not " + done());
            return;
        }
        ObjectNode patch = session.json().createObjectNode();
        ObjectNode meta = patch.putObject("metadata");
        ObjectNode map = meta.putObject(field());
        changes.set().forEach(map::put);
        changes.remove().forEach(map::putNull);
        if (resourceVersion != null) {
            meta.put("resourceVersion", resourceVersion);
        }
        try {
            api.patch(t.type(), t.pathNamespace(), name, null, PatchType.MERGE, session.json().writeValueAsString(patch));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        session.out().println(label + " " + done());
    }

    private List<String> names(Api api, Target t) {
        if (!t.all()) {
            return t.names();
        }
        List<String> out = new ArrayList<>();
        ListOptions o = selector == null ? ListOptions.NONE : ListOptions.labelSelector(selector);
        for (JsonNode i : api.list(t.type(), t.pathNamespace(), o).path("items")) {
            out.add(i.path("metadata").path("name").asText());
        }
        return out;
    }
}
