package dev.jetpod.jctl.apply;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.schema.PatchMeta;

/**
 * kubectl's client-side apply patch: from the last-applied configuration ({@code original}), the file
 * ({@code modified}) and the live object ({@code current}), a strategic merge patch that sets what the file says
 * (changes and additions against the live object) and removes what the file dropped since the last apply (deletions
 * against the last-applied configuration) — and nothing else, so fields set by others or defaulted by the server stay.
 */
public final class ThreeWayMergePatch {
    private ThreeWayMergePatch() {
    }

    /** The patch; empty ({@code {}}) when applying would change nothing. {@code original} may be null (never applied). */
    public static ObjectNode create(ObjectNode original, ObjectNode modified, ObjectNode current, PatchMeta meta) {
        ObjectNode base = original == null ? JsonNodeFactory.instance.objectNode() : original;
        ObjectNode delta = StrategicDiff.diffMaps(current, modified, meta, StrategicDiff.Options.DELTA);
        ObjectNode deletions = StrategicDiff.diffMaps(base, modified, meta, StrategicDiff.Options.DELETIONS);
        return StrategicDiff.mergePatches(deletions, delta, meta);
    }

    /** The two-way patch from {@code original} to {@code modified}, as {@code edit} sends it. */
    public static ObjectNode twoWay(ObjectNode original, ObjectNode modified, PatchMeta meta) {
        return StrategicDiff.diffMaps(original, modified, meta, StrategicDiff.Options.FULL);
    }
}
