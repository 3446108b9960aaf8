package dev.jetpod.jctl.cmd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.jctl.CliException;
import dev.jetpod.jctl.Session;
import dev.jetpod.jctl.api.Api;
import dev.jetpod.jctl.print.Column;
import dev.jetpod.jctl.print.HumanTable;
import dev.jetpod.jctl.print.Row;
import dev.jetpod.jctl.print.TableOptions;
import dev.jetpod.jctl.print.TableRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jctl api-resources}: what the server serves, from its discovery documents (/api/v1 and each group's
 * preferred version under /apis): NAME SHORTNAMES APIVERSION NAMESPACED KIND, wide VERBS CATEGORIES.
 */
@Command(name = "api-resources", description = "Print the supported API resources on the server.", sortOptions = false)
public final class ApiResourcesCommand implements Callable<Integer> {
    private final Session session;

    @Option(names = {"-o", "--output"}, paramLabel = "wide|name")
    String output;

    @Option(names = "--namespaced", arity = "1", paramLabel = "BOOL", description = "Only namespaced (true) or cluster-scoped (false) resources.")
    Boolean namespaced;

    @Option(names = "--api-group", paramLabel = "GROUP", description = "Only this API group (\"\" for the core group).")
    String apiGroup;

    @Option(names = "--verbs", split = ",", paramLabel = "VERB", description = "Only resources supporting these verbs.")
    List<String> verbs = new ArrayList<>();

    @Option(names = "--no-headers")
    boolean noHeaders;

    public ApiResourcesCommand(Session session) {
        this.session = session;
    }

    private record Entry(String name, String shortNames, String groupVersion, String group, boolean namespaced, String kind,
                         List<String> verbs, String categories) {
    }

    @Override
    public Integer call() {
        if (output != null && !output.equals("wide") && !output.equals("name")) {
            throw new CliException("--output " + output + " is not available: use wide or name");
        }
        Api api = session.api();
        List<Entry> entries = new ArrayList<>();
        JsonNode core = api.getPath("/api", Api.JSON);
        for (JsonNode v : core.path("versions")) {
            collect(api, "/api/" + v.asText(), "", entries);
        }
        JsonNode groups = api.getPath("/apis", Api.JSON);
        for (JsonNode g : groups.path("groups")) {
            String gv = g.path("preferredVersion").path("groupVersion").asText(g.path("versions").path(0).path("groupVersion").asText());
            collect(api, "/apis/" + gv, g.path("name").asText(), entries);
        }
        entries.sort(Comparator.comparing(Entry::group).thenComparing(Entry::name));
        if ("name".equals(output)) {
            entries.forEach(e -> session.out().println(e.group().isEmpty() ? e.name() : e.name() + "." + e.group()));
            return 0;
        }
        boolean wide = "wide".equals(output);
        List<Column> cols = new ArrayList<>(List.of(Column.of("NAME"), Column.of("SHORTNAMES"), Column.of("APIVERSION"),
                Column.of("NAMESPACED"), Column.of("KIND"), Column.wide("VERBS"), Column.wide("CATEGORIES")));
        List<Row> rows = new ArrayList<>();
        for (Entry e : entries) {
            rows.add(new Row(List.of(e.name(), e.shortNames(), e.groupVersion(), Boolean.toString(e.namespaced()), e.kind(),
                    "[" + String.join(" ", e.verbs()) + "]", e.categories()), null));
        }
        new TableRenderer(new TableOptions(wide, false, false, List.of(), noHeaders)).print(new HumanTable(cols, rows), session.out());
        return 0;
    }

    private void collect(Api api, String path, String group, List<Entry> out) {
        if (apiGroup != null && !apiGroup.equals(group)) {
            return;
        }
        JsonNode list = api.getPath(path, Api.JSON);
        String gv = list.path("groupVersion").asText();
        for (JsonNode r : list.path("resources")) {
            String name = r.path("name").asText();
            if (name.contains("/")) {
                continue; // subresources are not listed
            }
            boolean ns = r.path("namespaced").asBoolean();
            if (namespaced != null && namespaced != ns) {
                continue;
            }
            List<String> v = new ArrayList<>();
            r.path("verbs").forEach(x -> v.add(x.asText()));
            if (!v.containsAll(verbs)) {
                continue;
            }
            List<String> shortNames = new ArrayList<>();
            r.path("shortNames").forEach(x -> shortNames.add(x.asText()));
            List<String> cats = new ArrayList<>();
            r.path("categories").forEach(x -> cats.add(x.asText()));
            out.add(new Entry(name, String.join(",", shortNames), gv, group, ns, r.path("kind").asText(), v, String.join(",", cats)));
        }
    }
}
