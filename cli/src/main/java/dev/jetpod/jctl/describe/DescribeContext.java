package dev.jetpod.jctl.describe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.codec.DecodeErrors;
import dev.jetpod.jctl.api.Api;
import java.time.Instant;

/** What a describer may use besides the object: the API (for related objects), the codec and the time. */
public record DescribeContext(Api api, ObjectMapper json, Instant now) {
    public <T> T typed(JsonNode n, Class<T> type) {
        try {
            return json.treeToValue(n, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not read the " + type.getSimpleName() + " the server sent: " + DecodeErrors.describe(e), e);
        }
    }
}
