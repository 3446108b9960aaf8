package dev.jetpod.api.codec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;

/**
 * The object mappers every component shares. They are thread-safe once built; each call to a factory method
 * builds a new one, so callers keep the instance they need (components hold one, not a static).
 */
public final class Codecs {
    private Codecs() {
    }

    /** Lenient JSON: unknown fields are dropped, as Kubernetes does without fieldValidation=Strict. */
    public static ObjectMapper json() {
        return configure(JsonMapper.builder()).build();
    }

    /** Strict JSON for fieldValidation=Strict: unknown and duplicate fields are errors. */
    public static ObjectMapper strictJson() {
        return configure(JsonMapper.builder())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** YAML the way kubectl prints it: no document marker, block style, strings quoted only when needed. */
    public static ObjectMapper yaml() {
        YAMLMapper.Builder b = YAMLMapper.builder(YAMLFactory.builder()
                        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                        .build());
        return configure(b).build();
    }

    private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>> B configure(B b) {
        return b.addModule(new JavaTimeModule())
                // after JavaTimeModule so it wins: Instants are metav1.Time, written with whole seconds
                .addModule(new SimpleModule("metav1.Time").addSerializer(Instant.class, new TimeSerializer()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .serializationInclusion(JsonInclude.Include.NON_NULL);
    }
}
