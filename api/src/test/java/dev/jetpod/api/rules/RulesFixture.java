package dev.jetpod.api.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.codec.Codecs;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.Scheme;
import dev.jetpod.api.scheme.TypeRules;
import dev.jetpod.api.validation.FieldError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Shared helpers: objects from YAML, rules from the builtin scheme, errors as "field: message" lines. */
final class RulesFixture {
    static final ObjectMapper YAML = Codecs.yaml();
    static final ObjectMapper JSON = Codecs.json();
    static final Scheme SCHEME = Scheme.builtin();

    private RulesFixture() {
    }

    static <T extends KubeObject<T>> TypeRules<T> rules(Class<T> type) {
        return SCHEME.rules(SCHEME.forType(type));
    }

    static <T> T yaml(String text, Class<T> type) {
        try {
            return YAML.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Defaults then create validation, as the API server runs them. */
    static <T extends KubeObject<T>> List<String> createErrors(T obj, Class<T> type) {
        TypeRules<T> r = rules(type);
        return lines(r.validateCreate(r.applyDefaults(obj)));
    }

    static <T extends KubeObject<T>> List<String> updateErrors(T obj, T old, Class<T> type) {
        TypeRules<T> r = rules(type);
        return lines(r.validateUpdate(r.applyDefaults(obj), r.applyDefaults(old)));
    }

    static List<String> lines(List<FieldError> errs) {
        return errs.stream().map(e -> e.field() + ": " + e.message()).toList();
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
