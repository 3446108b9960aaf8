package dev.jetpod.apiserver.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.codec.DecodeErrors;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.ResourceType;

/**
 * Moves one resource type between JSON trees and typed objects. Patches work on trees; everything else on the
 * typed records. A tree that does not fit the type is a 400 worded like kube-apiserver's decoding error.
 */
public final class ObjectCodec<T extends KubeObject<T>> {
    private final ResourceType<T> type;
    private final ObjectMapper mapper;

    public ObjectCodec(ResourceType<T> type, ObjectMapper mapper) {
        this.type = type;
        this.mapper = mapper;
    }

    /**
     * Checks the body's apiVersion and kind against the endpoint (absent ones default to the endpoint's, as
     * kube-apiserver allows) and decodes it.
     */
    public T decodeForEndpoint(JsonNode tree) {
        String apiVersion = text(tree, "apiVersion");
        String kind = text(tree, "kind");
        if (!apiVersion.isEmpty() && !apiVersion.equals(type.apiVersion())) {
            throw ApiException.badRequest("the API version in the data (" + apiVersion + ") does not match the expected API version (" + type.apiVersion() + ")");
        }
        if (!kind.isEmpty() && !kind.equals(type.kind())) {
            throw ApiException.badRequest("the kind in the data (" + kind + ") does not match the expected kind (" + type.kind() + ")");
        }
        return decode(tree);
    }

    /** Decodes a tree and stamps the type's apiVersion and kind. */
    public T decode(JsonNode tree) {
        if (tree.isObject()) {
            ObjectNode o = (ObjectNode) tree;
            o.put("apiVersion", type.apiVersion());
            o.put("kind", type.kind());
        }
        try {
            return mapper.treeToValue(tree, type.javaType());
        } catch (JsonProcessingException e) {
            throw cannotHandle(DecodeErrors.describe(e));
        } catch (IllegalArgumentException e) {
            // treeToValue wraps what is not a JsonProcessingException; our own value types reject text this way too
            throw cannotHandle(e.getCause() instanceof JsonProcessingException j ? DecodeErrors.describe(j) : e.getMessage());
        }
    }

    /** kube-apiserver's wording for a body that does not fit the type, with the field and what was expected. */
    private ApiException cannotHandle(String problem) {
        return ApiException.badRequest(type.kind() + " in version \"" + type.version() + "\" cannot be handled as a " + type.kind() + ": " + problem);
    }

    public ObjectNode toTree(T object) {
        return mapper.valueToTree(object);
    }

    public ResourceType<T> type() {
        return type;
    }

    private static String text(JsonNode tree, String field) {
        JsonNode n = tree.get(field);
        return n == null || n.isNull() ? "" : n.asText();
    }
}
