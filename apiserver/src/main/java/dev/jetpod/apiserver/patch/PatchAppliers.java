package dev.jetpod.apiserver.patch;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.apiserver.http.PatchType;
import dev.jetpod.apiserver.http.RequestBodyReader;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The patch media types this server applies to a stored object's JSON. Server-side apply ({@link PatchType#APPLY})
 * is no patch of that kind: the PatchHandler hands it to the field manager (dev.jetpod.apiserver.apply).
 */
public final class PatchAppliers {
    private final Map<PatchType, PatchApplier> appliers = new EnumMap<>(PatchType.class);

    public PatchAppliers() {
        appliers.put(PatchType.JSON_PATCH, new JsonPatchApplier());
        appliers.put(PatchType.MERGE_PATCH, new MergePatchApplier());
        appliers.put(PatchType.STRATEGIC_MERGE_PATCH, new StrategicMergePatchApplier());
    }

    /** The applier for a request's Content-Type, or 415 naming the supported ones. */
    public PatchApplier forContentType(String contentType) {
        String media = RequestBodyReader.mediaType(contentType);
        PatchApplier a = PatchType.fromMediaType(media).map(appliers::get).orElse(null);
        if (a == null) {
            throw RequestBodyReader.unsupported(supported());
        }
        return a;
    }

    public List<String> supported() {
        return appliers.keySet().stream().map(PatchType::mediaType).toList();
    }
}
