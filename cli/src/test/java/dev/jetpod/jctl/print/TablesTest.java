package dev.jetpod.jctl.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.codec.Codecs;
import dev.jetpod.api.scheme.Resources;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plain list (a server without Tables) is printed with the row printers the apiserver uses for its Tables. */
class TablesTest {
    private static final ObjectMapper JSON = Codecs.json();
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

    @Test
    void podsFromAPlainListReadLikeTheServersTable() throws Exception {
        JsonNode pod = JSON.readTree("""
                {"apiVersion":"v1","kind":"Pod","metadata":{"name":"web","namespace":"default","creationTimestamp":"2024-05-01T09:59:00Z"},
                 "spec":{"containers":[{"name":"a","image":"i"},{"name":"b","image":"i"}],"nodeName":"n1"},
                 "status":{"phase":"Running","podIP":"10.1.0.7","containerStatuses":[
                   {"name":"a","ready":true,"restartCount":0,"state":{"running":{}}},
                   {"name":"b","ready":false,"restartCount":3,"state":{"running":{}},
                    "lastState":{"terminated":{"exitCode":1,"finishedAt":"2024-05-01T09:55:00Z"}}}]}}""");
        HumanTable t = new Tables(JSON).fromObjects(Resources.PODS, List.of(pod), NOW);
        assertEquals(List.of("Name", "Ready", "Status", "Restarts", "Age", "IP", "Node", "Nominated Node", "Readiness Gates"),
                t.columns().stream().map(Column::name).toList());
        assertEquals(List.of(0, 0, 0, 0, 0, 1, 1, 1, 1), t.columns().stream().map(Column::priority).toList());
        assertEquals(List.of("web", "1/2", "Running", "3 (5m ago)", "60s", "10.1.0.7", "n1", "<none>", "<none>"), t.rows().get(0).cells());
        assertEquals("default", t.rows().get(0).metadata().namespace());
    }

    @Test
    void numbersPrintAsTheyDoInAServerTable() throws Exception {
        JsonNode rs = JSON.readTree("""
                {"apiVersion":"apps/v1","kind":"ReplicaSet","metadata":{"name":"web-1"},
                 "spec":{"replicas":3,"selector":{"matchLabels":{"app":"web"}},"template":{"spec":{"containers":[{"name":"c","image":"nginx"}]}}},
                 "status":{"replicas":2,"readyReplicas":1}}""");
        HumanTable t = new Tables(JSON).fromObjects(Resources.REPLICASETS, List.of(rs), NOW);
        assertEquals(List.of("web-1", "3", "2", "1", "<unknown>", "c", "nginx", "app=web"), t.rows().get(0).cells());
    }
}
