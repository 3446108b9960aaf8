package dev.jetpod.apiserver.storage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.codec.DecodeErrors;
import dev.jetpod.api.errors.ApiException;
import java.io.IOException;
import java.util.Base64;

/**
 * The opaque {@code continue} value of a paged list, shaped as Kubernetes shapes it: base64url of
 * {@code {"v":"meta.k8s.io/v1","rv":REVISION,"start":"KEY\u0000"}} where KEY is the last returned key relative to the
 * list's prefix. The next page reads etcd at REVISION from KEY, so all pages together are one consistent list.
 * A revision of -1 (handed out after the original revision was compacted) continues at the latest revision.
 */
record ContinueToken(long revision, String start) {
    private static final String VERSION = "meta.k8s.io/v1";
    static final long LATEST = -1;

    String encode(ObjectMapper json) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(new Wire(VERSION, revision, start)));
        } catch (IOException e) {
            throw ApiException.internal("could not encode a continue token: " + e.getMessage());
        }
    }

    static ContinueToken decode(String token, ObjectMapper json) {
        Wire w;
        try {
            w = json.readValue(Base64.getUrlDecoder().decode(token), Wire.class);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("continue key is not valid: " + DecodeErrors.describe(e));
        } catch (IllegalArgumentException | IOException e) {
            throw ApiException.badRequest("continue key is not valid: " + e.getMessage());
        }
        if (w == null || !VERSION.equals(w.version)) {
            throw ApiException.badRequest("continue key is not valid: incorrect encoded start resourceVersion (version " + VERSION + ")");
        }
        if (w.start == null || w.start.isEmpty() || w.start.startsWith("/")) {
            throw ApiException.badRequest("continue key is not valid: encoded start key is invalid");
        }
        if (w.revision == 0 || w.revision < LATEST) {
            throw ApiException.badRequest("continue key is not valid: incorrect encoded start resourceVersion (version " + VERSION + ")");
        }
        return new ContinueToken(w.revision, w.start);
    }

    /** The token for the page after {@code lastKey}: start just past it (keys sort bytewise; "\0" is the next string). */
    static ContinueToken after(long revision, String listPrefix, String lastKey) {
        return new ContinueToken(revision, lastKey.substring(listPrefix.length()) + "\u0000");
    }

    private record Wire(@JsonProperty("v") String version, @JsonProperty("rv") long revision, @JsonProperty("start") String start) {
    }
}
