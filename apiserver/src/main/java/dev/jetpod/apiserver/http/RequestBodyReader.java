package dev.jetpod.apiserver.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.jetpod.api.codec.DecodeErrors;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.StatusReason;
import dev.jetpod.apiserver.protobuf.KubeProtobufDecoder;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Turns a request body into a JSON tree, in JSON or YAML as the Content-Type says (JSON when absent, as
 * kube-apiserver does). A body that does not parse is a 400 carrying the parser's message and position.
 */
public final class RequestBodyReader {
    public static final String JSON = "application/json";
    public static final String YAML = "application/yaml";
    private static final List<String> ACCEPTED = List.of(JSON, YAML);

    /** JSON bodies must be one value: {"a":1}{"b":2} is refused, as kube-apiserver refuses it. */
    private final ObjectReader oneJsonValue;
    /** Kubernetes protobuf bodies (kubectl 1.32+ generators); null when this reader does not take them. */
    private final KubeProtobufDecoder protobuf;
    private final ObjectReader yaml;

    public RequestBodyReader(ObjectMapper json, ObjectMapper yaml) {
        this(json, yaml, null);
    }

    public RequestBodyReader(ObjectMapper json, ObjectMapper yaml, KubeProtobufDecoder protobuf) {
        this.oneJsonValue = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.yaml = yaml.reader();
        this.protobuf = protobuf;
    }

    /** The media type without parameters, lower-case; "" when the header is absent. */
    public static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** The body of a create or update: an object in JSON or YAML. */
    public JsonNode readObject(String contentType, Buffer body) {
        String type = mediaType(contentType);
        if (type.isEmpty() || type.equals(JSON)) {
            return requireObject(parse(oneJsonValue, body, "JSON"));
        }
        if (type.equals(YAML)) {
            return requireObject(parse(yaml, body, "YAML"));
        }
        if (type.equals(KubeProtobufDecoder.MEDIA_TYPE) && protobuf != null) {
            return protobuf.decode(body == null ? new byte[0] : body.getBytes());
        }
        throw unsupported(protobuf == null ? ACCEPTED : List.of(JSON, YAML, KubeProtobufDecoder.MEDIA_TYPE));
    }

    /** Parses JSON (patch documents are JSON whatever their media type says, YAML only for apply). */
    public JsonNode readJson(Buffer body) {
        return parse(oneJsonValue, body, "JSON");
    }

    public static ApiException unsupported(List<String> accepted) {
        return new ApiException(StatusReason.UNSUPPORTED_MEDIA_TYPE,
                "the body of the request was in an unknown format - accepted media types include: " + String.join(", ", accepted));
    }

    private static JsonNode parse(ObjectReader reader, Buffer body, String what) {
        if (body == null || body.length() == 0) {
            throw ApiException.badRequest("the body of the request is empty; expected a " + what + " object");
        }
        try {
            JsonNode node = reader.readTree(body.getBytes());
            if (node == null || node.isMissingNode()) {
                throw ApiException.badRequest("the body of the request is empty; expected a " + what + " object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body of the request could not be parsed as " + what + ": " + describe(e));
        } catch (IOException e) {
            throw ApiException.badRequest("the body of the request could not be read: " + e.getMessage());
        }
    }

    /** The parser's own words and where it stopped, without the source excerpt or the Java types Jackson would add. */
    public static String describe(JsonProcessingException e) {
        return DecodeErrors.describe(e);
    }

    private static JsonNode requireObject(JsonNode node) {
        if (!node.isObject()) {
            throw ApiException.badRequest("the body of the request must be an object, not " + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return node;
    }
}
