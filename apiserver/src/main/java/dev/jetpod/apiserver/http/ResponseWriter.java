package dev.jetpod.apiserver.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.Status;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;

/** Encodes replies and Status errors in the negotiated form; the only place bodies are serialised. */
public final class ResponseWriter {
    private final ObjectMapper json;
    private final ObjectMapper yaml;

    public ResponseWriter(ObjectMapper json, ObjectMapper yaml) {
        this.json = json;
        this.yaml = yaml;
    }

    public void write(HttpServerResponse response, Reply reply, ResponseFormat format) {
        if (response.ended() || response.closed()) {
            return;
        }
        Object body = reply.body();
        Buffer bytes;
        if (body instanceof EncodedJson e && (format == ResponseFormat.JSON || e.object() == null)) {
            bytes = e.bytes();
        } else {
            bytes = Buffer.buffer(encode(body instanceof EncodedJson e ? e.object() : body, format));
        }
        response.setStatusCode(reply.code())
                .putHeader(HttpHeaders.CONTENT_TYPE, format.mediaType())
                .putHeader("Cache-Control", "no-cache, private")
                .end(bytes);
    }

    /** A Status error body; always JSON unless YAML was negotiated, never a stack trace. */
    public void writeStatus(HttpServerResponse response, ApiException e, ResponseFormat format) {
        write(response, new Reply(e.code(), e.toStatus()), format);
    }

    public byte[] encode(Object body, ResponseFormat format) {
        try {
            return (format == ResponseFormat.YAML ? yaml : json).writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not encode a " + body.getClass().getSimpleName() + " response", e);
        }
    }

    public byte[] json(Object body) {
        return encode(body, ResponseFormat.JSON);
    }

    public ObjectMapper jsonMapper() {
        return json;
    }

    public static Status successStatus() {
        return Status.success(null);
    }
}
