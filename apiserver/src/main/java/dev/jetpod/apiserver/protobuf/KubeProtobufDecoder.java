package dev.jetpod.apiserver.protobuf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.StatusReason;
import dev.jetpod.api.schema.Field;
import dev.jetpod.api.schema.Schema;
import dev.jetpod.api.schema.Schemas;
import dev.jetpod.api.scheme.GroupVersionKind;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.api.scheme.Scheme;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * Reads request bodies in Kubernetes' protobuf encoding ({@code application/vnd.kubernetes.protobuf}), which
 * kubectl 1.32 and later use for the objects its generators build ({@code create namespace|configmap|secret|
 * deployment|service}, {@code run}, {@code expose}, {@code autoscale}). The body is the magic {@code k8s\0} and a
 * {@code runtime.Unknown} envelope naming apiVersion and kind around the object's bytes; the object is turned into
 * the JSON tree the rest of the server works on, by the type's schema and {@link ProtoFields}. Responses stay JSON:
 * every client that sends protobuf also accepts JSON.
 */
public final class KubeProtobufDecoder {
    public static final String MEDIA_TYPE = "application/vnd.kubernetes.protobuf";
    private static final byte[] MAGIC = {0x6b, 0x38, 0x73, 0x00};
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter MICRO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final Scheme scheme;
    private final Schemas schemas;
    private final ProtoFields fields;
    private final ObjectMapper json;

    public KubeProtobufDecoder(Scheme scheme, Schemas schemas, ProtoFields fields, ObjectMapper json) {
        this.scheme = scheme;
        this.schemas = schemas;
        this.fields = fields;
        this.json = json;
    }

    /** The object of a protobuf request body, as a JSON tree with its apiVersion and kind. */
    public ObjectNode decode(byte[] body) {
        if (body.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(body, MAGIC.length), MAGIC)) {
            throw ApiException.badRequest("the body of the request is not Kubernetes protobuf: it does not start with the k8s magic prefix");
        }
        try {
            CodedInputStream in = CodedInputStream.newInstance(body, MAGIC.length, body.length - MAGIC.length);
            String apiVersion = "";
            String kind = "";
            ByteString raw = ByteString.EMPTY;
            String encoding = "";
            for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
                switch (WireFormat.getTagFieldNumber(tag)) {
                    case 1 -> {
                        CodedInputStream tm = in.readBytes().newCodedInput();
                        for (int t = tm.readTag(); t != 0; t = tm.readTag()) {
                            switch (WireFormat.getTagFieldNumber(t)) {
                                case 1 -> apiVersion = tm.readString();
                                case 2 -> kind = tm.readString();
                                default -> tm.skipField(t);
                            }
                        }
                    }
                    case 2 -> raw = in.readBytes();
                    case 3 -> encoding = in.readString();
                    default -> in.skipField(tag);
                }
            }
            if (!encoding.isEmpty()) {
                throw ApiException.badRequest("protobuf content encoding \"" + encoding + "\" is not supported");
            }
            String av = apiVersion;
            String k = kind;
            ResourceType<?> type = scheme.byGvk(GroupVersionKind.fromApiVersion(apiVersion, kind))
                    .orElseThrow(() -> new ApiException(StatusReason.BAD_REQUEST, "no kind \"" + k + "\" is registered for version \"" + av + "\""));
            ObjectNode object = message(raw.newCodedInput(), schemas.of(type.javaType()));
            object.put("apiVersion", apiVersion);
            object.put("kind", kind);
            return object;
        } catch (IOException e) {
            throw ApiException.badRequest("the body of the request could not be decoded as Kubernetes protobuf: " + e.getMessage());
        }
    }

    private ObjectNode message(CodedInputStream in, Schema.Struct schema) throws IOException {
        ObjectNode out = NODES.objectNode();
        readInto(in, schema, fields.of(schema.javaType()), out);
        return out;
    }

    private void readInto(CodedInputStream in, Schema.Struct schema, Map<Integer, ProtoFields.Slot> slots, ObjectNode out) throws IOException {
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            ProtoFields.Slot slot = slots.get(WireFormat.getTagFieldNumber(tag));
            if (slot instanceof ProtoFields.Slot.Inline inline) {
                readInto(in.readBytes().newCodedInput(), schema, inline.slots(), out);
                continue;
            }
            Field f = slot instanceof ProtoFields.Slot.Named n ? schema.fields().get(n.json()) : null;
            if (f == null) {
                in.skipField(tag);
                continue;
            }
            if (f.schema() instanceof Schema.ListOf list) {
                ArrayNode a = out.has(f.name()) ? (ArrayNode) out.get(f.name()) : out.putArray(f.name());
                if (WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED && isVarint(list.element())) {
                    CodedInputStream packed = in.readBytes().newCodedInput();
                    while (!packed.isAtEnd()) {
                        a.add(packed.readInt64());
                    }
                } else {
                    a.add(value(in, tag, list.element()));
                }
            } else if (f.schema() instanceof Schema.MapOf map) {
                ObjectNode m = out.has(f.name()) ? (ObjectNode) out.get(f.name()) : out.putObject(f.name());
                CodedInputStream entry = in.readBytes().newCodedInput();
                String key = "";
                JsonNode value = null;
                for (int t = entry.readTag(); t != 0; t = entry.readTag()) {
                    switch (WireFormat.getTagFieldNumber(t)) {
                        case 1 -> key = entry.readString();
                        case 2 -> value = value(entry, t, map.values());
                        default -> entry.skipField(t);
                    }
                }
                m.set(key, value == null ? NODES.textNode("") : value);
            } else {
                JsonNode v = value(in, tag, f.schema());
                // proto2 writes Go's zero values; a zero string or time is Go's "unset" (JSON would omit it)
                if (!isUnset(v, f.schema())) {
                    out.set(f.name(), v);
                }
            }
        }
    }

    private JsonNode value(CodedInputStream in, int tag, Schema s) throws IOException {
        if (s instanceof Schema.Struct st) {
            return message(in.readBytes().newCodedInput(), st);
        }
        if (s instanceof Schema.Scalar sc) {
            return switch (sc.kind()) {
                case STRING -> NODES.textNode(in.readString());
                case INTEGER -> NODES.numberNode(in.readInt64());
                case BOOLEAN -> NODES.booleanNode(in.readBool());
                case NUMBER -> NODES.numberNode(WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_FIXED64 ? in.readDouble() : in.readInt64());
                case BYTES -> NODES.textNode(Base64.getEncoder().encodeToString(in.readByteArray()));
                case TIME -> NODES.textNode(DateTimeFormatter.ISO_INSTANT.format(time(in.readBytes().newCodedInput())));
                case MICRO_TIME -> NODES.textNode(MICRO.format(time(in.readBytes().newCodedInput())));
                case INT_OR_STRING -> intOrString(in.readBytes().newCodedInput());
                case QUANTITY -> NODES.textNode(firstString(in.readBytes().newCodedInput()));
            };
        }
        if (s instanceof Schema.Untyped) {
            // FieldsV1 and RawExtension: a message whose field 1 holds JSON bytes
            String raw = firstString(in.readBytes().newCodedInput());
            return raw.isEmpty() ? NODES.objectNode() : json.readTree(raw);
        }
        in.skipField(tag);
        return NODES.nullNode();
    }

    private static boolean isUnset(JsonNode v, Schema s) {
        if (!(s instanceof Schema.Scalar sc)) {
            return false;
        }
        return switch (sc.kind()) {
            case STRING -> v.asText().isEmpty();
            case TIME, MICRO_TIME -> v.asText().startsWith("1970-01-01T00:00:00");
            default -> false;
        };
    }

    private static boolean isVarint(Schema s) {
        return s instanceof Schema.Scalar sc && (sc.kind() == Schema.ScalarKind.INTEGER || sc.kind() == Schema.ScalarKind.BOOLEAN);
    }

    /** metav1.Time / MicroTime: seconds = 1, nanos = 2. */
    private static Instant time(CodedInputStream in) throws IOException {
        long seconds = 0;
        int nanos = 0;
        for (int t = in.readTag(); t != 0; t = in.readTag()) {
            switch (WireFormat.getTagFieldNumber(t)) {
                case 1 -> seconds = in.readInt64();
                case 2 -> nanos = in.readInt32();
                default -> in.skipField(t);
            }
        }
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** intstr.IntOrString: type = 1 (0 int, 1 string), intVal = 2, strVal = 3. */
    private static JsonNode intOrString(CodedInputStream in) throws IOException {
        long type = 0;
        int intVal = 0;
        String strVal = "";
        for (int t = in.readTag(); t != 0; t = in.readTag()) {
            switch (WireFormat.getTagFieldNumber(t)) {
                case 1 -> type = in.readInt64();
                case 2 -> intVal = in.readInt32();
                case 3 -> strVal = in.readString();
                default -> in.skipField(t);
            }
        }
        return type == 1 ? NODES.textNode(strVal) : NODES.numberNode(intVal);
    }

    /** The string in field 1 (resource.Quantity, FieldsV1.Raw). */
    private static String firstString(CodedInputStream in) throws IOException {
        String s = "";
        for (int t = in.readTag(); t != 0; t = in.readTag()) {
            if (WireFormat.getTagFieldNumber(t) == 1) {
                s = in.readStringRequireUtf8();
            } else {
                in.skipField(t);
            }
        }
        return s;
    }
}
