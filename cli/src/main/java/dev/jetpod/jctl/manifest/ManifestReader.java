package dev.jetpod.jctl.manifest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.jctl.CliException;
import dev.jetpod.jctl.Io;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads what {@code -f} names: files, directories (their .yaml, .yml and .json files in name order; {@code -R} goes
 * into subdirectories) and {@code -} for standard input. A file holds one or more YAML documents or one JSON object;
 * an object of kind {@code List} stands for its items. Everything is read and parsed before anything is sent, so a
 * syntax error in the third file leaves the cluster untouched.
 */
public final class ManifestReader {
    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json");

    private final Io io;
    private final ObjectMapper json;
    private final ObjectMapper yaml;

    public ManifestReader(Io io, ObjectMapper json, ObjectMapper yaml) {
        this.io = io;
        this.json = json;
        this.yaml = yaml;
    }

    public List<Manifest> read(List<String> filenames, boolean recursive) {
        if (filenames.isEmpty()) {
            throw new CliException("must specify one of -f and -k");
        }
        List<Manifest> out = new ArrayList<>();
        for (String f : filenames) {
            if (f.equals("-")) {
                out.addAll(parse("STDIN", readStdin()));
            } else if (f.startsWith("http://") || f.startsWith("https://")) {
                throw new CliException("reading manifests from URLs is not supported: \"" + f + "\" (download it and pass the file)");
            } else {
                Path p = io.resolve(f);
                if (!Files.exists(p)) {
                    throw new CliException("the path \"" + f + "\" does not exist");
                }
                if (Files.isDirectory(p)) {
                    for (Path file : filesIn(p, recursive)) {
                        out.addAll(parse(display(f, p, file), readFile(file, f)));
                    }
                } else {
                    out.addAll(parse(f, readFile(p, f)));
                }
            }
        }
        return out;
    }

    private static String display(String given, Path dir, Path file) {
        String rel = dir.relativize(file).toString();
        return given.endsWith("/") ? given + rel : given + "/" + rel;
    }

    private List<Path> filesIn(Path dir, boolean recursive) {
        try (Stream<Path> s = recursive ? Files.walk(dir) : Files.list(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> EXTENSIONS.stream().anyMatch(e -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(e)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new CliException("could not list directory \"" + dir + "\": " + e.getMessage(), e);
        }
    }

    private byte[] readFile(Path p, String shown) {
        try {
            return Files.readAllBytes(p);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new CliException("could not read \"" + shown + "\": permission denied", e);
        } catch (IOException e) {
            throw new CliException("could not read \"" + shown + "\": " + e.getMessage(), e);
        }
    }

    private byte[] readStdin() {
        try {
            return io.in().readAllBytes();
        } catch (IOException e) {
            throw new CliException("could not read standard input: " + e.getMessage(), e);
        }
    }

    /** All objects of one file's content; {@code source} names it in errors. */
    public List<Manifest> parse(String source, byte[] content) {
        boolean isJson = firstNonBlank(content) == '{';
        ObjectMapper mapper = isJson ? json : yaml;
        List<Manifest> out = new ArrayList<>();
        try (JsonParser p = mapper.getFactory().createParser(content)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                JsonLocation at = p.currentTokenLocation();
                JsonNode doc = mapper.readTree(p);
                // an empty YAML document ("---" followed by nothing) reads as null or as an empty scalar
                if (doc == null || doc.isNull() || doc.isMissingNode() || t == JsonToken.VALUE_NULL || doc.isTextual() && doc.asText().isEmpty()) {
                    continue;
                }
                if (!doc.isObject()) {
                    throw new CliException("error validating \"" + source + "\": the document at line " + at.getLineNr() + " is not an object (found " + doc.getNodeType().toString().toLowerCase(Locale.ROOT) + ")");
                }
                expand(source, at.getLineNr(), (ObjectNode) doc, out);
                if (isJson) {
                    if (p.nextToken() != null) {
                        throw new CliException("error parsing " + source + ": more than one JSON object at line " + p.currentTokenLocation().getLineNr());
                    }
                    break;
                }
            }
        } catch (JsonProcessingException e) {
            throw new CliException("error parsing " + source + ": " + ParseErrors.describe(e, isJson), e);
        } catch (IOException e) {
            throw new CliException("error reading " + source + ": " + e.getMessage(), e);
        }
        return out;
    }

    private void expand(String source, int line, ObjectNode doc, List<Manifest> out) {
        if ("List".equals(doc.path("kind").asText()) || doc.path("kind").asText().endsWith("List") && doc.get("items") != null && doc.path("items").isArray()) {
            for (JsonNode item : doc.path("items")) {
                if (!item.isObject()) {
                    throw new CliException("error validating \"" + source + "\": an item of the List at line " + line + " is not an object");
                }
                out.add(new Manifest(source, line, (ObjectNode) item));
            }
            return;
        }
        out.add(new Manifest(source, line, doc));
    }

    private static int firstNonBlank(byte[] b) {
        for (byte x : b) {
            if (!Character.isWhitespace(x)) {
                return x;
            }
        }
        return -1;
    }
}
