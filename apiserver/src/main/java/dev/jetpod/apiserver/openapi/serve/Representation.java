package dev.jetpod.apiserver.openapi.serve;

import io.vertx.core.buffer.Buffer;

/** One encoded form of a document: its bytes, its media type and its entity tag (a content hash, quoted). */
public record Representation(Buffer bytes, String contentType, String etag) {
}
