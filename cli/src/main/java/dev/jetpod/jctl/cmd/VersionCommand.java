package dev.jetpod.jctl.cmd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.jctl.CliException;
import dev.jetpod.jctl.Session;
import dev.jetpod.jctl.Versions;
import dev.jetpod.jctl.api.Api;
import dev.jetpod.jctl.print.ObjectWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jctl version}: jctl's version and the server's (GET /version); --client for jctl's alone. */
@Command(name = "version", description = "Print the client and server version information.", sortOptions = false)
public final class VersionCommand implements Callable<Integer> {
    private final Session session;

    @Option(names = "--client", description = "Only the client version (no server needed).")
    boolean clientOnly;

    @Option(names = {"-o", "--output"}, paramLabel = "yaml|json")
    String output;

    public VersionCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        if (output != null && !output.equals("json") && !output.equals("yaml")) {
            throw new CliException("--output must be 'yaml' or 'json'");
        }
        ObjectNode doc = session.json().createObjectNode();
        ObjectNode client = doc.putObject("clientVersion");
        client.put("gitVersion", Versions.client());
        client.put("goVersion", "java" + System.getProperty("java.version"));
        client.put("platform", System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT) + "/" + System.getProperty("os.arch"));
        if (output == null) {
            session.out().println("Client Version: " + Versions.client());
            session.out().flush();
        }
        if (!clientOnly) {
            JsonNode server = session.api().getPath("/version", Api.JSON);
            doc.set("serverVersion", server);
            if (output == null) {
                session.out().println("Server Version: " + server.path("gitVersion").asText());
            }
        }
        if (output != null) {
            ObjectWriter w = new ObjectWriter(session.json(), session.yaml());
            session.out().print(output.equals("json") ? w.json(doc) : w.yaml(doc));
        }
        return 0;
    }
}
