package dev.jetpod.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.codec.DecodeErrors;
import dev.jetpod.api.meta.Status;
import dev.jetpod.api.meta.WatchEvent;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a watch stream incrementally: chunks arrive cut anywhere, frames are newline-delimited JSON objects
 * ({@code {"type":"ADDED","object":{…}}}). A frame split across chunks is held until its newline arrives; blank lines
 * and CRLF are tolerated; a frame larger than {@code maxFrameBytes} is an error rather than unbounded buffering.
 * Not thread-safe: one decoder per stream, fed from the stream's event loop.
 */
final class WatchFrameDecoder<T> {
    private final ObjectMapper json;
    private final Class<T> type;
    private final int maxFrameBytes;
    private Buffer partial = Buffer.buffer();

    /** One decoded frame; ERROR frames carry their Status in {@code error} and no object. */
    record Frame<T>(WatchEvent.Type type, T object, Status error) {
    }

    WatchFrameDecoder(ObjectMapper json, Class<T> type, int maxFrameBytes) {
        this.json = json;
        this.type = type;
        this.maxFrameBytes = maxFrameBytes;
    }

    /** The frames completed by this chunk, in order. */
    List<Frame<T>> feed(Buffer chunk) {
        List<Frame<T>> out = new ArrayList<>();
        int start = 0;
        int n = chunk.length();
        for (int i = 0; i < n; i++) {
            if (chunk.getByte(i) == '\n') {
                Buffer line = partial.length() == 0 ? chunk.slice(start, i) : partial.appendBuffer(chunk, start, i - start);
                decodeLine(line, out);
                partial = Buffer.buffer();
                start = i + 1;
            }
        }
        if (start < n) {
            if (partial.length() + (n - start) > maxFrameBytes) {
                throw new ResponseDecodeException("watch frame larger than " + maxFrameBytes + " bytes", null);
            }
            partial = partial.length() == 0 ? chunk.getBuffer(start, n) : partial.appendBuffer(chunk, start, n - start);
        }
        return out;
    }

    /** The stream ended: a last frame without a trailing newline still counts. */
    List<Frame<T>> finish() {
        List<Frame<T>> out = new ArrayList<>();
        if (partial.length() > 0) {
            decodeLine(partial, out);
            partial = Buffer.buffer();
        }
        return out;
    }

    private void decodeLine(Buffer line, List<Frame<T>> out) {
        int len = line.length();
        while (len > 0 && isSpace(line.getByte(len - 1))) {
            len--;
        }
        if (len == 0) {
            return;
        }
        byte[] bytes = line.getBytes(0, len);
        try {
            JsonNode node = json.readTree(bytes);
            String t = node.path("type").asText("");
            WatchEvent.Type kind;
            try {
                kind = WatchEvent.Type.valueOf(t);
            } catch (IllegalArgumentException e) {
                throw new ResponseDecodeException("watch frame has unknown type \"" + t + "\"", null);
            }
            JsonNode obj = node.get("object");
            if (kind == WatchEvent.Type.ERROR) {
                out.add(new Frame<>(kind, null, obj == null ? null : json.treeToValue(obj, Status.class)));
            } else {
                if (obj == null || !obj.isObject()) {
                    throw new ResponseDecodeException("watch " + t + " frame has no object", null);
                }
                out.add(new Frame<>(kind, json.treeToValue(obj, type), null));
            }
        } catch (IOException e) {
            throw new ResponseDecodeException("could not decode a watch frame as " + type.getSimpleName() + ": " + message(e), e);
        }
    }

    private static String message(IOException e) {
        return e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? DecodeErrors.describe(j) : e.getMessage();
    }

    private static boolean isSpace(byte b) {
        return b == '\r' || b == ' ' || b == '\t';
    }
}
