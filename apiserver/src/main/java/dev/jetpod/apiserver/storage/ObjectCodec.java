package dev.jetpod.apiserver.storage;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.jetpod.api.codec.DecodeErrors;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.scheme.ResourceType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Turns objects into etcd values and back. Values are the object's JSON without {@code metadata.resourceVersion}
 * (the revision is etcd's to say); on the way out the resourceVersion is the key's modRevision. The JSON handed to
 * lists and watches is the stored value with the resourceVersion spliced into its metadata, so an object read from
 * etcd is decoded once and never re-encoded.
 */
final class ObjectCodec<T extends KubeObject<T>> {
    private static final byte[] RESOURCE_VERSION_FIELD = "\"resourceVersion\":\"".getBytes(StandardCharsets.US_ASCII);

    private final ResourceType<T> type;
    private final ObjectMapper json;
    private final FieldsV1Interner fieldsV1 = new FieldsV1Interner();

    ObjectCodec(ResourceType<T> type, ObjectMapper json) {
        this.type = type;
        this.json = json;
    }

    /**
     * {@code object} sharing the parts many stored objects have in common (see {@link FieldsV1Interner}): what the
     * watch cache should hold. Writes call it before encoding; decoding does it itself.
     */
    T shareCommonParts(T object) {
        return fieldsV1.intern(object);
    }

    /** The etcd value for {@code object}: type meta from the scheme, resourceVersion removed. */
    byte[] encodeForStorage(T object) {
        T stored = object.withTypeMeta(type.apiVersion(), type.kind());
        if (stored.metadata() != null && stored.metadata().resourceVersion() != null) {
            stored = stored.withMetadata(stored.metadata().withResourceVersion(null));
        }
        try {
            return json.writeValueAsBytes(stored);
        } catch (IOException e) {
            throw ApiException.internal("could not encode " + type.kind() + " " + name(object) + ": " + e.getMessage());
        }
    }

    /**
     * {@link #encodeForStorage(KubeObject)} from the object's JSON tree when the caller has it ({@code tree}, or null):
     * writing a tree out is cheaper than serializing the object again. Used when the tree already has the stored
     * form (this type's apiVersion and kind, no resourceVersion); otherwise the object is encoded.
     */
    byte[] encodeForStorage(T object, ObjectNode tree) {
        if (tree == null || !hasStoredForm(tree)) {
            return encodeForStorage(object);
        }
        try {
            return json.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw ApiException.internal("could not encode " + type.kind() + " " + name(object) + ": " + e.getMessage());
        }
    }

    private boolean hasStoredForm(ObjectNode tree) {
        return tree.get("apiVersion") instanceof TextNode v && v.textValue().equals(type.apiVersion())
                && tree.get("kind") instanceof TextNode k && k.textValue().equals(type.kind())
                && tree.get("metadata") instanceof ObjectNode m && m.get("resourceVersion") == null;
    }

    /**
     * The object this codec just encoded into {@code value} (see {@link #encodeForStorage}), as stored at
     * {@code revision}, with the JSON {@link #decode} would have made of that value: no decoding needed.
     */
    EncodedObject<T> stored(T object, byte[] value, long revision) {
        T withRv = withResourceVersion(object.withTypeMeta(type.apiVersion(), type.kind()), revision);
        byte[] spliced = spliceResourceVersion(value, revision);
        return spliced != null ? new EncodedObject<>(withRv, spliced) : encode(withRv);
    }

    /** The object stored in an etcd value at {@code revision}, with its JSON. */
    EncodedObject<T> decode(String key, byte[] value, long revision) {
        T object;
        try {
            object = json.readValue(value, type.javaType());
        } catch (IOException e) {
            throw new UndecodableValueException(key, e);
        }
        if (object == null || object.metadata() == null) {
            throw new UndecodableValueException(key, new IOException("no metadata"));
        }
        object = shareCommonParts(object);
        T withRv = withResourceVersion(object.withTypeMeta(type.apiVersion(), type.kind()), revision);
        boolean ownLayout = object.metadata().resourceVersion() == null
                && type.apiVersion().equals(object.apiVersion()) && type.kind().equals(object.kind());
        if (ownLayout) {
            byte[] spliced = spliceResourceVersion(value, revision);
            if (spliced != null) {
                return new EncodedObject<>(withRv, spliced);
            }
        }
        // written by something else than this codec (no type meta, a resourceVersion inside): encode afresh
        return encode(withRv);
    }

    /** Encodes an object that already carries the resourceVersion it should show. */
    EncodedObject<T> encode(T object) {
        try {
            return new EncodedObject<>(object, json.writeValueAsBytes(object));
        } catch (IOException e) {
            throw ApiException.internal("could not encode " + type.kind() + " " + name(object) + ": " + e.getMessage());
        }
    }

    T withResourceVersion(T object, long revision) {
        return object.withMetadata(object.metadata().withResourceVersion(Long.toString(revision)));
    }

    /**
     * A BOOKMARK event's object: only apiVersion, kind and metadata.resourceVersion, as kube-apiserver sends it. Built
     * by decoding that JSON into the type, so it works for any type without knowing its constructor.
     */
    EncodedObject<T> bookmark(long revision) {
        String text = "{\"apiVersion\":\"" + type.apiVersion() + "\",\"kind\":\"" + type.kind()
                + "\",\"metadata\":{\"resourceVersion\":\"" + revision + "\"}}";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            return new EncodedObject<>(json.readValue(bytes, type.javaType()), bytes);
        } catch (IOException e) {
            throw ApiException.internal("could not build a bookmark for " + type.qualifiedName() + ": " + e.getMessage());
        }
    }

    /**
     * Inserts {@code "resourceVersion":"N"} as the first field of the top-level {@code metadata} object. Returns null
     * when the value has no top-level metadata object (then the caller encodes the object instead).
     */
    private byte[] spliceResourceVersion(byte[] value, long revision) {
        int open = topLevelMetadataStart(value);
        if (open < 0) {
            return null;
        }
        byte[] rv = Long.toString(revision).getBytes(StandardCharsets.US_ASCII);
        int next = open + 1;
        while (next < value.length && isJsonWhitespace(value[next])) {
            next++;
        }
        boolean emptyObject = next < value.length && value[next] == '}';
        int insertLength = RESOURCE_VERSION_FIELD.length + rv.length + 1 + (emptyObject ? 0 : 1);
        byte[] out = new byte[value.length + insertLength];
        System.arraycopy(value, 0, out, 0, open + 1);
        int p = open + 1;
        System.arraycopy(RESOURCE_VERSION_FIELD, 0, out, p, RESOURCE_VERSION_FIELD.length);
        p += RESOURCE_VERSION_FIELD.length;
        System.arraycopy(rv, 0, out, p, rv.length);
        p += rv.length;
        out[p++] = '"';
        if (!emptyObject) {
            out[p++] = ',';
        }
        System.arraycopy(value, open + 1, out, p, value.length - open - 1);
        return out;
    }

    /** Byte offset of the '{' that opens the top-level "metadata" value, or -1. */
    private int topLevelMetadataStart(byte[] value) {
        try (JsonParser p = json.getFactory().createParser(value)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return -1;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if ("metadata".equals(field)) {
                    return t == JsonToken.START_OBJECT ? (int) p.currentTokenLocation().getByteOffset() : -1;
                }
                p.skipChildren();
            }
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static boolean isJsonWhitespace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private static String name(KubeObject<?> o) {
        ObjectMeta m = o.metadata();
        return m == null ? "<no metadata>" : (m.namespace() == null ? "" : m.namespace() + "/") + m.name();
    }

    /** A value under this type's prefix that is not a valid object of the type (written by hand, or corrupted). */
    static final class UndecodableValueException extends RuntimeException {
        UndecodableValueException(String key, IOException cause) {
            super("could not decode the object stored at " + key + ": "
                    + (cause instanceof JsonProcessingException j ? DecodeErrors.describe(j) : cause.getMessage()), cause);
        }
    }
}
