package dev.jetpod.client;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;

/** A successful (2xx) response, body read in full. */
public record RawResponse(int statusCode, String contentType, Buffer body) {
    public String bodyAsString() {
        return body == null ? "" : new String(body.getBytes(), StandardCharsets.UTF_8);
    }

    public byte[] bytes() {
        return body == null ? new byte[0] : body.getBytes();
    }
}
