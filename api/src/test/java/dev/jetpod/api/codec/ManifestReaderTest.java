package dev.jetpod.api.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestReaderTest {
    private final ManifestReader reader = new ManifestReader();

    @Test
    void readsEveryDocumentWithItsStartingLine() {
        String text = """
                # a comment before the first document
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: team-a
                ---
                ---
                # an empty document above is skipped
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: c, namespace: team-a}
                data:
                  k: v
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                """;
        List<SourceDocument> docs = reader.read("all.yaml", text);
        assertEquals(List.of("Namespace", "ConfigMap", "Deployment"), docs.stream().map(SourceDocument::kind).toList());
        assertEquals(List.of("all.yaml:2", "all.yaml:9", "all.yaml:15"), docs.stream().map(SourceDocument::location).toList());
        assertEquals("apps/v1", docs.get(2).apiVersion());
    }

    @Test
    void readsJsonAndExpandsLists() {
        List<SourceDocument> docs = reader.read("list.json", """
                {"apiVersion": "v1", "kind": "List", "items": [
                  {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a"}},
                  {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "b"}}
                ]}
                """);
        assertEquals(List.of("Pod", "Service"), docs.stream().map(SourceDocument::kind).toList());
        assertEquals("list.json:1 (items[1])", docs.get(1).location());
    }

    @Test
    void syntaxErrorsNameTheFileAndLine() {
        ManifestException e = assertThrows(ManifestException.class, () -> reader.read("pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: web
                 labels: {app: web}
                """));
        assertTrue(e.getMessage().startsWith("pod.yaml:5: invalid YAML/JSON: "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line, no stack trace");
    }

    @Test
    void nonObjectsAreRejectedWithTheirLine() {
        ManifestException e = assertThrows(ManifestException.class, () -> reader.read("x.yaml", "apiVersion: v1\nkind: Pod\n---\n- a\n- b\n"));
        assertEquals("x.yaml:4: expected a Kubernetes object (a mapping with apiVersion and kind), found a list", e.getMessage());
    }

    @Test
    void emptyInputHasNoDocuments() {
        assertEquals(List.of(), reader.read("empty.yaml", ""));
        assertEquals(List.of(), reader.read("empty.yaml", "---\n# nothing\n---\n"));
    }
}
