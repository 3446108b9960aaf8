package dev.jetpod.jctl.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.jctl.CliException;
import dev.jetpod.jctl.ErrorRenderer;
import dev.jetpod.jctl.Jctl;
import dev.jetpod.jctl.api.Api;
import dev.jetpod.jctl.api.Kinds;
import dev.jetpod.jctl.apply.JsonTrees;
import dev.jetpod.jctl.print.ObjectWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The edit loop kubectl users know: the objects go to a temporary YAML file under an explanatory comment, the editor
 * opens it, and what comes back is sent as an update (PUT with the resourceVersion read, so a concurrent change is a
 * conflict, not a silent overwrite). Invalid YAML or a rejected update reopens the file with the errors in the comment
 * header; saving it unchanged after an error stops, keeping a copy of the edits in a file named on stderr.
 */
public final class EditSession {
    static final String HEADER = """
            # Please edit the object below. Lines beginning with a '#' will be ignored,
            # and an empty file will abort the edit. If an error occurs while saving this file will be
            # reopened with the relevant failures.
            #
            """;

    /** One object being edited. */
    public record Item(ResourceType<?> type, String namespace, String name, ObjectNode original) {
    }

    private final Api api;
    private final ObjectMapper yaml;
    private final ObjectWriter writer;
    private final EditorLauncher editor;
    private final PrintStream out;
    private final PrintStream err;

    public EditSession(Api api, ObjectMapper json, ObjectMapper yaml, EditorLauncher editor, PrintStream out, PrintStream err) {
        this.api = api;
        this.yaml = yaml;
        this.writer = new ObjectWriter(json, yaml);
        this.editor = editor;
        this.out = out;
        this.err = err;
    }

    public void run(List<Item> items) {
        Path file = tempFile();
        try {
            List<Item> pending = new ArrayList<>(items);
            String body = body(pending);
            String errorHeader = "";
            String lastFailed = null;
            while (true) {
                write(file, HEADER + errorHeader + body);
                editor.open(file);
                String edited = read(file);
                String content = stripComments(edited);
                if (content.isBlank()) {
                    out.println("Edit cancelled, no changes made.");
                    return;
                }
                if (lastFailed != null && content.equals(lastFailed)) {
                    Path copy = keepCopy(edited);
                    err.println("A copy of your changes has been stored to \"" + copy + "\"");
                    err.println("error: Edit cancelled, no valid changes were saved.");
                    throw new Jctl.SilentFailure();
                }
                if (content.equals(stripComments(body))) {
                    out.println("Edit cancelled, no changes made.");
                    return;
                }
                List<ObjectNode> objects;
                try {
                    objects = parse(edited, pending.size());
                } catch (CliException e) {
                    errorHeader = "# The edited file had a syntax error: " + e.getMessage().replace("\n", "\n# ") + "\n#\n";
                    body = content;
                    lastFailed = content;
                    continue;
                }
                List<String> failures = new ArrayList<>();
                List<Item> stillPending = new ArrayList<>();
                List<ObjectNode> stillObjects = new ArrayList<>();
                for (int i = 0; i < pending.size(); i++) {
                    Item it = pending.get(i);
                    ObjectNode o = objects.get(i);
                    String problem = update(it, o);
                    if (problem != null) {
                        failures.add(problem);
                        stillPending.add(it);
                        stillObjects.add(o);
                    }
                }
                if (failures.isEmpty()) {
                    return;
                }
                pending = stillPending;
                errorHeader = errorsHeader(failures);
                body = stillObjects.size() == 1 ? writer.yaml(stillObjects.get(0)) : writer.yaml(ObjectWriter.list(stillObjects));
                lastFailed = stripComments(body);
            }
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind is harmless
            }
        }
    }

    /** Sends one edited object; null when done (or nothing changed), else the error text for the header. */
    private String update(Item it, ObjectNode edited) {
        String label = Kinds.objectName(it.type(), it.name());
        if (JsonTrees.same(edited, it.original())) {
            out.println(label + " skipped");
            return null;
        }
        if (!it.original().path("apiVersion").equals(edited.path("apiVersion")) || !it.original().path("kind").equals(edited.path("kind"))
                || !it.original().path("metadata").path("name").equals(edited.path("metadata").path("name"))) {
            return label + ": at least one of apiVersion, kind and name was changed";
        }
        try {
            api.update(it.type(), it.namespace(), it.name(), edited);
            out.println(label + " edited");
            return null;
        } catch (ApiException e) {
            err.println(ErrorRenderer.render(e));
            return ErrorRenderer.render(e);
        }
    }

    private String body(List<Item> items) {
        List<ObjectNode> objects = items.stream().map(Item::original).toList();
        return objects.size() == 1 ? writer.yaml(objects.get(0)) : writer.yaml(ObjectWriter.list(objects));
    }

    private List<ObjectNode> parse(String content, int expected) {
        JsonNode n;
        try {
            n = yaml.readTree(content);
        } catch (JsonProcessingException e) {
            throw new CliException(dev.jetpod.jctl.manifest.ParseErrors.describe(e, false));
        }
        if (n == null || !n.isObject()) {
            throw new CliException("the edited file is not a YAML object");
        }
        List<ObjectNode> out = new ArrayList<>();
        if (expected > 1 || "List".equals(n.path("kind").asText()) && n.has("items")) {
            n.path("items").forEach(i -> out.add((ObjectNode) i));
        } else {
            out.add((ObjectNode) n);
        }
        if (out.size() != expected) {
            throw new CliException("the edited file holds " + out.size() + " objects, expected " + expected + " (objects cannot be added or removed in edit)");
        }
        return out;
    }

    static String errorsHeader(List<String> failures) {
        StringBuilder b = new StringBuilder();
        for (String f : failures) {
            b.append("# ").append(f.replace("\n", "\n# ")).append("\n");
        }
        return b.append("#\n").toString();
    }

    static String stripComments(String s) {
        StringBuilder b = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            if (!line.stripLeading().startsWith("#")) {
                b.append(line).append('\n');
            }
        }
        return b.toString().strip();
    }

    private static Path tempFile() {
        try {
            return Files.createTempFile("jctl-edit-", ".yaml");
        } catch (IOException e) {
            throw new CliException("could not create a temporary file to edit in: " + e.getMessage(), e);
        }
    }

    private static Path keepCopy(String content) {
        try {
            Path p = Files.createTempFile("jctl-edit-", ".yaml");
            Files.writeString(p, content);
            return p;
        } catch (IOException e) {
            throw new CliException("could not save a copy of the edits: " + e.getMessage(), e);
        }
    }

    private static void write(Path f, String content) {
        try {
            Files.writeString(f, content);
        } catch (IOException e) {
            throw new CliException("could not write " + f + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new CliException("could not read the edited file " + f + ": " + e.getMessage(), e);
        }
    }
}
