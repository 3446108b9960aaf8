package dev.jetpod.api.conversion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jetpod.api.codec.Codecs;
import dev.jetpod.api.codec.DecodeErrors;
import dev.jetpod.api.errors.ApiException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The annotations in which an older version keeps what it cannot express, so that a client that reads and writes the
 * object back in that version loses nothing (Kubernetes' {@code autoscaling.alpha.kubernetes.io/*} on autoscaling/v1).
 * Values are JSON. They are read case-insensitively because Kubernetes writes one of them (the behavior) from a Go
 * struct without JSON tags ({@code "ScaleUp"}); Go reads ours the same way.
 */
final class RoundTripAnnotations {
    static final String METRICS = "autoscaling.alpha.kubernetes.io/metrics";
    static final String CURRENT_METRICS = "autoscaling.alpha.kubernetes.io/current-metrics";
    static final String CONDITIONS = "autoscaling.alpha.kubernetes.io/conditions";
    static final String BEHAVIOR = "autoscaling.alpha.kubernetes.io/behavior";
    static final List<String> ALL = List.of(METRICS, BEHAVIOR, CURRENT_METRICS, CONDITIONS);

    private final Json json;
    private final Map<String, String> annotations;

    /** The mappers for annotation values, made once per converter. */
    record Json(ObjectMapper write, ObjectMapper read) {
        static Json create() {
            ObjectMapper write = Codecs.json();
            return new Json(write, ((JsonMapper) Codecs.json()).rebuild().enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES).build());
        }
    }

    private RoundTripAnnotations(Json json, Map<String, String> annotations) {
        this.json = json;
        this.annotations = annotations;
    }

    /** The annotations of a stored object as its older version sees them: without stale round-trip values. */
    static RoundTripAnnotations without(Json json, Map<String, String> annotations) {
        Map<String, String> m = new LinkedHashMap<>(annotations == null ? Map.of() : annotations);
        ALL.forEach(m::remove);
        return new RoundTripAnnotations(json, m);
    }

    static RoundTripAnnotations of(Json json, Map<String, String> annotations) {
        return new RoundTripAnnotations(json, new LinkedHashMap<>(annotations == null ? Map.of() : annotations));
    }

    /** Sets {@code key} to the JSON of {@code value}, unless the value is null or an empty list. */
    void put(String key, Object value) {
        if (value == null || value instanceof List<?> l && l.isEmpty()) {
            return;
        }
        try {
            annotations.put(key, json.write().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw ApiException.internal("could not encode the annotation " + key + ": " + DecodeErrors.describe(e));
        }
    }

    /** Removes and decodes {@code key}; null when absent. */
    <T> T take(String key, JavaType type) {
        String text = annotations.remove(key);
        if (text == null) {
            return null;
        }
        try {
            return json.read().readValue(text, type);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("metadata.annotations[" + key + "]: " + DecodeErrors.describe(e));
        }
    }

    <T> List<T> takeList(String key, Class<T> element) {
        return take(key, json.read().getTypeFactory().constructCollectionType(List.class, element));
    }

    <T> T take(String key, Class<T> type) {
        return take(key, json.read().constructType(type));
    }

    /** What is left, null when empty (Go's omitempty). */
    Map<String, String> remaining() {
        return annotations.isEmpty() ? null : annotations;
    }
}
