package dev.jetpod.jctl.cmd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.client.ListOptions;
import dev.jetpod.jctl.CliException;
import dev.jetpod.jctl.Session;
import dev.jetpod.jctl.api.Api;
import dev.jetpod.jctl.edit.EditSession;
import dev.jetpod.jctl.edit.EditorLauncher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jctl edit TYPE NAME}: the object in $KUBE_EDITOR / $EDITOR as YAML, saved back as an update. */
@Command(name = "edit", description = "Edit a resource in your editor ($KUBE_EDITOR, $EDITOR, else vi).", sortOptions = false)
public final class EditCommand implements Callable<Integer> {
    private final Session session;

    @Parameters(paramLabel = "TYPE NAME | TYPE/NAME", arity = "0..*", completionCandidates = ResourceTypeNames.class)
    List<String> args = new ArrayList<>();

    @Mixin
    FileOptions files;

    @Option(names = {"-l", "--selector"}, paramLabel = "SELECTOR")
    String selector;

    public EditCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        List<Target> targets = Targets.resolve(session, args, files, session.namespace());
        Api api = session.api();
        List<EditSession.Item> items = new ArrayList<>();
        for (Target t : targets) {
            if (t.all()) {
                ListOptions o = selector == null ? ListOptions.NONE : ListOptions.labelSelector(selector);
                for (JsonNode i : api.list(t.type(), t.pathNamespace(), o).path("items")) {
                    items.add(new EditSession.Item(t.type(), t.pathNamespace(), i.path("metadata").path("name").asText(),
                            ObjectFetcher.withTypeMeta((ObjectNode) i, t)));
                }
            } else {
                for (String name : t.names()) {
                    items.add(new EditSession.Item(t.type(), t.pathNamespace(), name, ObjectFetcher.withTypeMeta(api.get(t.type(), t.pathNamespace(), name), t)));
                }
            }
        }
        if (items.isEmpty()) {
            throw new CliException("no objects found to edit");
        }
        new EditSession(api, session.json(), session.yaml(), new EditorLauncher(session.io()), session.out(), session.err()).run(items);
        return 0;
    }
}
