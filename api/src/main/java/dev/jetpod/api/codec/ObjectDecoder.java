package dev.jetpod.api.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.GroupVersionKind;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.api.scheme.Scheme;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a JSON tree, JSON bytes or YAML text into the typed object its apiVersion and kind name in the
 * {@link Scheme}, with errors that say which field is wrong. Unknown fields are collected (not fatal), so the API
 * server can apply fieldValidation=Ignore/Warn/Strict and jctl can warn. Thread-safe.
 */
public final class ObjectDecoder {
    private final Scheme scheme;
    private final ObjectMapper json;
    private final ObjectMapper strictJson;
    private final ObjectMapper yaml;

    public ObjectDecoder(Scheme scheme) {
        this.scheme = scheme;
        this.json = Codecs.json();
        this.strictJson = Codecs.json();
        this.strictJson.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.yaml = Codecs.yaml();
    }

    /** The resource type a tree's apiVersion and kind name; a DecodeException when either is missing or unknown. */
    public ResourceType<?> typeOf(JsonNode tree) {
        String apiVersion = text(tree, "apiVersion");
        String kind = text(tree, "kind");
        if (apiVersion == null && kind == null) {
            throw new DecodeException("apiVersion not set, kind not set", null);
        }
        if (apiVersion == null) {
            throw new DecodeException("apiVersion not set", null);
        }
        if (kind == null) {
            throw new DecodeException("kind not set", null);
        }
        return scheme.byGvk(GroupVersionKind.fromApiVersion(apiVersion, kind))
                .orElseThrow(() -> new DecodeException("no matches for kind \"" + kind + "\" in version \"" + apiVersion + "\"", null));
    }

    /** Decodes a tree as whatever its apiVersion/kind say. */
    public Decoded<KubeObject<?>> decode(JsonNode tree) {
        ResourceType<?> type = typeOf(tree);
        Decoded<?> d = decode(tree, type.javaType());
        return new Decoded<>((KubeObject<?>) d.object(), d.unknownFields());
    }

    /**
     * Decodes a tree as {@code type} (the API server knows the type from the path); apiVersion and kind, when present,
     * must name that type. Missing ones are filled in.
     */
    public <T extends KubeObject<T>> Decoded<T> decodeAs(JsonNode tree, ResourceType<T> type) {
        String apiVersion = text(tree, "apiVersion");
        String kind = text(tree, "kind");
        if (apiVersion != null && !apiVersion.equals(type.apiVersion())) {
            throw new DecodeException("the API version in the data (" + apiVersion + ") does not match the expected API version ("
                    + type.apiVersion() + ")", null);
        }
        if (kind != null && !kind.equals(type.kind())) {
            throw new DecodeException("the kind in the data (" + kind + ") does not match the expected kind (" + type.kind() + ")", null);
        }
        Decoded<T> d = decode(tree, type.javaType());
        return new Decoded<>(d.object().withTypeMeta(type.apiVersion(), type.kind()), d.unknownFields());
    }

    /** Decodes a tree as a plain Java type (a spec, a Scale, DeleteOptions, …). */
    public <T> Decoded<T> decode(JsonNode tree, Class<T> type) {
        UnknownFields unknown = new UnknownFields();
        try {
            T value = json.readerFor(type).withHandler(unknown).readValue(json.treeAsTokens(tree));
            if (value == null) {
                throw new DecodeException("empty document: expected a " + type.getSimpleName(), null);
            }
            return new Decoded<>(value, unknown.paths);
        } catch (JsonProcessingException e) {
            throw mapping(e);
        } catch (IOException e) {
            throw new DecodeException(e.getMessage(), e);
        }
    }

    /** JSON bytes (a request body) to a tree; duplicate fields are errors, as in Kubernetes' strict decoding. */
    public JsonNode readJson(byte[] body) {
        try {
            JsonNode n = strictJson.readTree(body);
            if (n == null || n.isMissingNode()) {
                throw new DecodeException("empty body", null);
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new DecodeException(syntaxMessage(e), e);
        } catch (IOException e) {
            throw new DecodeException(e.getMessage(), e);
        }
    }

    /** One YAML document (a request body sent as application/yaml) to a tree. */
    public JsonNode readYaml(byte[] body) {
        try {
            JsonNode n = yaml.readTree(body);
            if (n == null || n.isMissingNode() || n.isNull()) {
                throw new DecodeException("empty body", null);
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new DecodeException(syntaxMessage(e), e);
        } catch (IOException e) {
            throw new DecodeException(e.getMessage(), e);
        }
    }

    /** Reads and decodes every document of a manifest; an error names the file and line of its document. */
    public List<Decoded<KubeObject<?>>> decodeManifest(List<SourceDocument> docs) {
        List<Decoded<KubeObject<?>>> out = new ArrayList<>();
        for (SourceDocument d : docs) {
            try {
                out.add(decode(d.tree()));
            } catch (DecodeException e) {
                throw new ManifestException(d.location(), e.getMessage(), e);
            }
        }
        return out;
    }

    private static String syntaxMessage(JsonProcessingException e) {
        return DecodeErrors.syntax(e);
    }

    /** "spec.replicas: cannot decode "three" as an integer": the field path and the expected type in plain words. */
    private static DecodeException mapping(JsonProcessingException e) {
        return new DecodeException(DecodeErrors.describe(e), e);
    }

    private static String text(JsonNode tree, String field) {
        JsonNode v = tree == null ? null : tree.get(field);
        return v == null || !v.isTextual() || v.asText().isEmpty() ? null : v.asText();
    }

    /** Records unknown properties with their path and skips their values. */
    private static final class UnknownFields extends DeserializationProblemHandler {
        private final List<String> paths = new ArrayList<>();

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            // the innermost context is the object holding the unknown property: the path starts at its parent
            paths.add(DecodeErrors.contextPath(p.getParsingContext().getParent(), propertyName));
            p.skipChildren();
            return true;
        }
    }
}
