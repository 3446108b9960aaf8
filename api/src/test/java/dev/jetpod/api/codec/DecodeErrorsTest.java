package dev.jetpod.api.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.core.v1.Secret;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Jackson's failures in the words of someone who wrote JSON: the field path and the JSON type it wants. */
class DecodeErrorsTest {
    private static final ObjectMapper JSON = Codecs.json();

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(Pod.class, "{'spec':{'containers':{'name':'a'}}}", "spec.containers: cannot decode an object as a list"),
                Arguments.of(Pod.class, "{'spec':{'containers':[{'name':'a','ports':[{'containerPort':true}]}]}}",
                        "spec.containers[0].ports[0].containerPort: cannot decode a boolean as an integer"),
                Arguments.of(Pod.class, "{'metadata':{'annotations':'a=b'}}", "metadata.annotations: cannot decode a string as an object"),
                Arguments.of(Pod.class, "{'spec':{'terminationGracePeriodSeconds':1e99}}",
                        "spec.terminationGracePeriodSeconds: 1e99 is out of range for an integer"),
                Arguments.of(Pod.class, "{'spec':{'containers':[{'name':'a','securityContext':{'privileged':'no'}}]}}",
                        "spec.containers[0].securityContext.privileged: cannot decode \"no\" as a boolean (true or false)"),
                Arguments.of(Secret.class, "{'data':{'k':'!!'}}", "data.k: not valid base64-encoded data"),
                Arguments.of(Pod.class, "{'metadata':{'name':'a'", "line 1, column 24: Unexpected end-of-input: expected close marker for Object "
                        + "(start marker at line 1, column 13)"),
                Arguments.of(Pod.class, "{'metadata':{}} []", "line 1, column 17: invalid data after the top-level value"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("cases")
    void describes(Class<?> type, String json, String expected) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> JSON.readerFor(type)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(json.replace('\'', '"')));
        assertEquals(expected, DecodeErrors.describe(e));
    }
}
