package dev.jetpod.api.schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One field of a struct: its JSON name, its schema, whether the OpenAPI schema marks it required, and the
 * default the server fills in when a list-map key field is omitted ({@code protocol: TCP} for ports), which
 * server-side apply needs to match list items by key.
 */
public record Field(String name, Schema schema, boolean required, JsonNode keyDefault) {
}
