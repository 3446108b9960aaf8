package dev.jetpod.client.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.codec.Codecs;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Iterator;

/**
 * One kubeconfig file opened for modification ({@code jctl config use-context}, {@code set-context}, …).
 * It edits the parsed document in place, so entries and fields this client does not model (preferences,
 * extensions, exec plugins, other users' settings) survive the write unchanged; paths stay as written.
 * {@link #write()} replaces the file atomically with mode 0600, since it may hold credentials.
 */
public final class KubeconfigFile {
    private final Path path;
    private final ObjectMapper yaml = Codecs.yaml();
    private final ObjectNode doc;

    private KubeconfigFile(Path path, ObjectNode doc) {
        this.path = path;
        this.doc = doc;
    }

    /** Opens a file; a missing file is an empty config that {@link #write()} will create. */
    public static KubeconfigFile open(Path path) {
        ObjectMapper yaml = Codecs.yaml();
        ObjectNode doc;
        try {
            if (Files.isRegularFile(path) && Files.size(path) > 0) {
                JsonNode n = yaml.readTree(path.toFile());
                if (n != null && !n.isMissingNode() && !n.isNull() && !n.isObject()) {
                    throw new KubeconfigException("kubeconfig " + path + " is not a mapping");
                }
                doc = n == null || !n.isObject() ? emptyDoc() : (ObjectNode) n;
            } else {
                doc = emptyDoc();
            }
        } catch (IOException e) {
            throw new KubeconfigException("could not read kubeconfig " + path + ": " + e.getMessage(), e);
        }
        return new KubeconfigFile(path, doc);
    }

    private static ObjectNode emptyDoc() {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.put("apiVersion", "v1");
        d.put("kind", "Config");
        d.putArray("clusters");
        d.putArray("contexts");
        d.putArray("users");
        d.put("current-context", "");
        return d;
    }

    public Path path() {
        return path;
    }

    /** The typed view of this file alone, paths as written (not resolved). */
    public Kubeconfig view() {
        try {
            return yaml.treeToValue(doc, Kubeconfig.class);
        } catch (JsonProcessingException e) {
            throw new KubeconfigException("kubeconfig " + path + " is malformed: " + e.getOriginalMessage(), e);
        }
    }

    public void setCurrentContext(String name) {
        doc.put("current-context", name == null ? "" : name);
    }

    /** Adds or changes a context; fields of an existing entry that are null in {@code context} are kept. */
    public void putContext(String name, KubeconfigContext context) {
        put("contexts", "context", name, yaml.valueToTree(context));
    }

    public void putCluster(String name, KubeconfigCluster cluster) {
        put("clusters", "cluster", name, yaml.valueToTree(cluster));
    }

    public void putUser(String name, KubeconfigUser user) {
        put("users", "user", name, yaml.valueToTree(user));
    }

    /** @return whether an entry was there to remove */
    public boolean removeContext(String name) {
        return remove("contexts", name);
    }

    public boolean removeCluster(String name) {
        return remove("clusters", name);
    }

    public boolean removeUser(String name) {
        return remove("users", name);
    }

    private void put(String listField, String entryField, String name, JsonNode fields) {
        ArrayNode list = list(listField);
        for (JsonNode entry : list) {
            if (name.equals(entry.path("name").asText(null))) {
                JsonNode inner = entry.get(entryField);
                if (inner instanceof ObjectNode o) {
                    o.setAll((ObjectNode) fields);
                } else {
                    ((ObjectNode) entry).set(entryField, fields);
                }
                return;
            }
        }
        ObjectNode entry = list.addObject();
        entry.put("name", name);
        entry.set(entryField, fields);
    }

    private boolean remove(String listField, String name) {
        ArrayNode list = list(listField);
        for (Iterator<JsonNode> it = list.elements(); it.hasNext(); ) {
            if (name.equals(it.next().path("name").asText(null))) {
                it.remove();
                return true;
            }
        }
        return false;
    }

    private ArrayNode list(String field) {
        JsonNode n = doc.get(field);
        if (n instanceof ArrayNode a) {
            return a;
        }
        return doc.putArray(field);
    }

    /** Writes the document back: to a temporary file beside it, then renamed over it, so a crash leaves old or new. */
    public void write() {
        try {
            Path dir = path.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + path.getFileName(), ".tmp");
            try {
                trySetOwnerOnly(tmp);
                yaml.writeValue(tmp.toFile(), doc);
                try {
                    Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new KubeconfigException("could not write kubeconfig " + path + ": " + LoadedKubeconfig.describe(e), e);
        }
    }

    private static void trySetOwnerOnly(Path p) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the platform's default permissions apply
        }
    }
}
