package dev.jetpod.apiserver.http;

import io.vertx.core.buffer.Buffer;

/**
 * A reply body already encoded as JSON, written as is when JSON was negotiated: large lists built from the store's
 * cached bytes, or an object just written, with the JSON the store made of it.
 *
 * @param object the object the bytes encode, for the other forms (YAML, Table); null when there is none to offer
 */
public record EncodedJson(Buffer bytes, Object object) {
    public EncodedJson(Buffer bytes) {
        this(bytes, null);
    }
}
