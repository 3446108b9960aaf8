package dev.jetpod.jctl.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jetpod.api.codec.Codecs;
import dev.jetpod.jctl.CliException;
import dev.jetpod.jctl.Io;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderTest {
    @TempDir
    Path dir;

    private ManifestReader reader(String stdin) {
        Io io = new Io(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintStream(PrintStream.nullOutputStream()),
                new PrintStream(PrintStream.nullOutputStream()), Map.of(), dir);
        return new ManifestReader(io, Codecs.json(), Codecs.yaml());
    }

    private static List<String> names(List<Manifest> ms) {
        return ms.stream().map(m -> m.object().path("metadata").path("name").asText()).toList();
    }

    @Test
    void multiDocumentYamlSkipsEmptyDocumentsAndKnowsWhereEachStarts() throws Exception {
        Files.writeString(dir.resolve("a.yaml"), "# header\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\n---\nkind: Pod\nmetadata:\n  name: b\n");
        List<Manifest> ms = reader("").read(List.of("a.yaml"), false);
        assertEquals(List.of("a", "b"), names(ms));
        assertEquals(8, ms.get(1).line());
    }

    @Test
    void jsonListsAndStdin() throws Exception {
        Files.writeString(dir.resolve("l.json"), "{\"kind\":\"List\",\"items\":[{\"kind\":\"Pod\",\"metadata\":{\"name\":\"x\"}},{\"kind\":\"Pod\",\"metadata\":{\"name\":\"y\"}}]}");
        assertEquals(List.of("x", "y"), names(reader("").read(List.of("l.json"), false)));
        assertEquals(List.of("s"), names(reader("kind: Pod\nmetadata: {name: s}\n").read(List.of("-"), false)));
    }

    @Test
    void directoriesInNameOrderRecursivelyOnlyWithR() throws Exception {
        Files.createDirectories(dir.resolve("m/sub"));
        Files.writeString(dir.resolve("m/b.yml"), "metadata: {name: b}\n");
        Files.writeString(dir.resolve("m/a.json"), "{\"metadata\":{\"name\":\"a\"}}");
        Files.writeString(dir.resolve("m/notes.txt"), "not a manifest");
        Files.writeString(dir.resolve("m/sub/c.yaml"), "metadata: {name: c}\n");
        assertEquals(List.of("a", "b"), names(reader("").read(List.of("m"), false)));
        assertEquals(List.of("a", "b", "c"), names(reader("").read(List.of("m"), true)));
        assertEquals("m/sub/c.yaml", reader("").read(List.of("m"), true).get(2).source());
    }

    @Test
    void clearErrors() throws Exception {
        assertEquals("the path \"nope.yaml\" does not exist",
                assertThrows(CliException.class, () -> reader("").read(List.of("nope.yaml"), false)).getMessage());
        Files.writeString(dir.resolve("bad.yaml"), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels: a: b\n");
        assertEquals("error parsing bad.yaml: yaml: line 5, column 12: mapping values are not allowed here",
                assertThrows(CliException.class, () -> reader("").read(List.of("bad.yaml"), false)).getMessage());
        Files.writeString(dir.resolve("bad.json"), "{\"kind\": \"Pod\",\n \"metadata\": {\"name\": }}");
        assertEquals("error parsing bad.json: json: line 2, column 23: Unexpected character ('}' (code 125)): expected a value",
                assertThrows(CliException.class, () -> reader("").read(List.of("bad.json"), false)).getMessage());
        Files.writeString(dir.resolve("scalar.yaml"), "just a string\n");
        assertEquals("error validating \"scalar.yaml\": the document at line 1 is not an object (found string)",
                assertThrows(CliException.class, () -> reader("").read(List.of("scalar.yaml"), false)).getMessage());
    }
}
