package dev.jetpod.apiserver.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flipkart.zjsonpatch.InvalidJsonPatchException;
import com.flipkart.zjsonpatch.JsonPatch;
import com.flipkart.zjsonpatch.JsonPatchApplicationException;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.StatusReason;
import dev.jetpod.api.schema.PatchMeta;

/**
 * RFC 6902 JSON patch (add, remove, replace, move, copy, test) through zjsonpatch. A malformed patch is a 400; a
 * patch that does not apply (a failed test, a missing path) is a 422, as kube-apiserver answers.
 */
public final class JsonPatchApplier implements PatchApplier {

    @Override
    public JsonNode apply(ObjectNode current, JsonNode patch, PatchMeta schema) {
        if (!patch.isArray()) {
            throw ApiException.badRequest("json: cannot unmarshal " + patch.getNodeType().name().toLowerCase() + " into Go value of type jsonpatch.Patch");
        }
        try {
            JsonPatch.validate(patch);
        } catch (InvalidJsonPatchException e) {
            throw ApiException.badRequest("invalid JSON patch: " + e.getMessage());
        }
        try {
            return JsonPatch.apply(patch, current);
        } catch (JsonPatchApplicationException e) {
            throw new ApiException(422, StatusReason.INVALID, e.getMessage(), null);
        }
    }
}
