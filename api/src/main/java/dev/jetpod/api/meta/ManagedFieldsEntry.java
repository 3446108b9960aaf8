package dev.jetpod.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * metav1.ManagedFieldsEntry, written by server-side apply. {@code fieldsV1} is the "f:" set notation of
 * structured-merge-diff: a free-form tree by definition, so it stays a JSON tree.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ManagedFieldsEntry(String manager, String operation, String apiVersion, Instant time, String fieldsType, JsonNode fieldsV1, String subresource) {
}
