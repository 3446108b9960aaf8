package dev.jetpod.apiserver.http;

import io.vertx.core.buffer.Buffer;

/** A reply body already encoded as JSON (large lists built from the store's cached bytes); written as is. */
public record EncodedJson(Buffer bytes) {
}
