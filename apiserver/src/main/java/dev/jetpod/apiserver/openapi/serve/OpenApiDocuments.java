package dev.jetpod.apiserver.openapi.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.schema.Schemas;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.api.scheme.Scheme;
import dev.jetpod.apiserver.openapi.DefinitionNames;
import dev.jetpod.apiserver.openapi.OpenApiDocument;
import dev.jetpod.apiserver.openapi.extensions.SchemaExtensions;
import dev.jetpod.apiserver.openapi.proto.GnosticV2Encoder;
import dev.jetpod.apiserver.openapi.v3.OpenApiV3Documents;
import io.vertx.core.buffer.Buffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Every OpenAPI document the server publishes, built once at start (the types do not change while it runs): the
 * v2 document generated from the types and enriched with the x-kubernetes merge extensions, encoded as JSON and as
 * gnostic protobuf, and the per-group-version v3 documents derived from it.
 */
public final class OpenApiDocuments {
    /** The media type of the protobuf answer: the dotted spelling, as Go's MIME parser rejects the '@' form. */
    public static final String V2_PROTOBUF = "application/com.github.proto-openapi.spec.v2.v1.0+protobuf";

    private final Representation v2Json;
    private final Representation v2Protobuf;
    private final OpenApiV3Documents v3;

    private OpenApiDocuments(Representation v2Json, Representation v2Protobuf, OpenApiV3Documents v3) {
        this.v2Json = v2Json;
        this.v2Protobuf = v2Protobuf;
        this.v3 = v3;
    }

    public static OpenApiDocuments build(Scheme scheme, String version, OpenApiDocument.ScaleModel scale, Schemas schemas, ObjectMapper mapper) {
        ObjectNode v2 = OpenApiDocument.build(scheme, version, scale);
        List<Class<?>> roots = new ArrayList<>();
        for (ResourceType<?> t : scheme.all()) {
            roots.add(t.javaType());
        }
        if (scale != null) {
            roots.add(scale.javaType());
        }
        new SchemaExtensions(schemas, DefinitionNames::of).apply((ObjectNode) v2.get("definitions"), roots);
        try {
            byte[] json = mapper.writeValueAsBytes(v2);
            byte[] proto = GnosticV2Encoder.encode(v2);
            return new OpenApiDocuments(
                    new Representation(Buffer.buffer(json), "application/json", etag(json)),
                    new Representation(Buffer.buffer(proto), V2_PROTOBUF, etag(proto)),
                    new OpenApiV3Documents(v2, mapper));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not encode the OpenAPI document", e);
        }
    }

    public Representation v2Json() {
        return v2Json;
    }

    public Representation v2Protobuf() {
        return v2Protobuf;
    }

    public OpenApiV3Documents v3() {
        return v3;
    }

    /** kube-openapi's entity tag: the SHA-512 of the bytes in upper-case hex, quoted. */
    static String etag(byte[] bytes) {
        try {
            return "\"" + HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is part of every Java runtime", e);
        }
    }
}
