package dev.jetpod.apiserver.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.codec.Codecs;
import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.ListMeta;
import dev.jetpod.api.meta.Table;
import dev.jetpod.api.print.TablePrinters;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableConverterTest {
    private final ObjectMapper json = Codecs.json();
    private final TableConverter converter = new TableConverter(TablePrinters.builtin(), json,
            Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC));
    private final ConfigMap cm = TableFixtures.yaml(ConfigMap.class, """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: cfg, namespace: team-a, resourceVersion: '42', labels: {app: web}, creationTimestamp: '2024-05-01T11:00:00Z'}
            data: {a: '1'}
            """);

    @Test
    void listTableCarriesColumnsRowsAndListMeta() {
        Table t = converter.list(ConfigMap.class, List.of(cm), new ListMeta("77", "next-page", 3L),
                new TableOptions("meta.k8s.io/v1", IncludeObject.METADATA, false));
        JsonNode tree = json.valueToTree(t);
        assertEquals("Table", tree.path("kind").asText());
        assertEquals("meta.k8s.io/v1", tree.path("apiVersion").asText());
        assertEquals("77", tree.path("metadata").path("resourceVersion").asText());
        assertEquals("next-page", tree.path("metadata").path("continue").asText());
        assertEquals("name", tree.path("columnDefinitions").get(0).path("format").asText());
        JsonNode row = tree.path("rows").get(0);
        assertEquals("[\"cfg\",1,\"60m\"]", row.path("cells").toString());
        // the row object is metadata only, typed as PartialObjectMetadata: what -A and --show-labels read
        assertEquals("PartialObjectMetadata", row.path("object").path("kind").asText());
        assertEquals("meta.k8s.io/v1", row.path("object").path("apiVersion").asText());
        assertEquals("team-a", row.path("object").path("metadata").path("namespace").asText());
        assertEquals("web", row.path("object").path("metadata").path("labels").path("app").asText());
        assertEquals(true, row.path("object").path("data").isMissingNode());
    }

    @Test
    void includeObjectChoosesWhatRowsCarry() {
        JsonNode whole = json.valueToTree(converter.single(ConfigMap.class, cm, new TableOptions("meta.k8s.io/v1beta1", IncludeObject.OBJECT, false)));
        assertEquals("meta.k8s.io/v1beta1", whole.path("apiVersion").asText());
        assertEquals("42", whole.path("metadata").path("resourceVersion").asText());
        assertEquals("1", whole.path("rows").get(0).path("object").path("data").path("a").asText());
        assertEquals("ConfigMap", whole.path("rows").get(0).path("object").path("kind").asText());

        JsonNode none = json.valueToTree(converter.single(ConfigMap.class, cm, new TableOptions("meta.k8s.io/v1", IncludeObject.NONE, true)));
        assertEquals(true, none.path("rows").get(0).path("object").isMissingNode());
        assertEquals(true, none.path("columnDefinitions").isMissingNode(), "no headers after the first watch event");
    }

    @Test
    void includeObjectValuesAreChecked() {
        assertEquals(IncludeObject.METADATA, IncludeObject.parse(null));
        assertEquals(IncludeObject.OBJECT, IncludeObject.parse("Object"));
        ApiException e = assertThrows(ApiException.class, () -> IncludeObject.parse("Everything"));
        assertEquals(400, e.code());
    }

    @Test
    void bookmarkIsAnEmptyTableWithItsResourceVersion() {
        Table t = converter.bookmark("99", new TableOptions("meta.k8s.io/v1", IncludeObject.METADATA, true));
        assertEquals("99", t.metadata().resourceVersion());
        assertEquals(0, t.rows().size());
        assertNull(t.columnDefinitions());
    }
}
