package dev.jetpod.runtime.image.oci;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.jetpod.runtime.image.InvalidImageException;
import dev.jetpod.runtime.JsonProblems;

import java.io.IOException;

/** The one JSON mapper for image documents and store records; malformed input becomes {@link InvalidImageException}. */
public final class OciJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
            .registerModule(new JavaTimeModule())
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);

    private OciJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses {@code bytes} as {@code type}; {@code what} names the document in the error ("manifest sha256:…"). */
    public static <T> T read(byte[] bytes, Class<T> type, String what) {
        try {
            T value = MAPPER.readValue(bytes, type);
            if (value == null) {
                throw new InvalidImageException(what + " is empty");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new InvalidImageException("could not parse " + what + ": " + JsonProblems.describe(e), e);
        } catch (IOException e) {
            throw new InvalidImageException("could not parse " + what + ": " + firstLine(e), e);
        }
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not serialize " + value.getClass().getSimpleName(), e);
        }
    }

    private static String firstLine(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
