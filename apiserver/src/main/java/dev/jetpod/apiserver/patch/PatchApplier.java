package dev.jetpod.apiserver.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.schema.PatchMeta;

/**
 * One PATCH media type: applies a patch document to the JSON tree of the stored object and returns the patched
 * tree (never modifying its inputs). Failures are ApiExceptions worded as kube-apiserver words them.
 */
public interface PatchApplier {
    JsonNode apply(ObjectNode current, JsonNode patch, PatchMeta schema);
}
