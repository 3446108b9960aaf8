package dev.jetpod.jctl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.labels.InvalidSelectorException;
import dev.jetpod.api.meta.StatusCause;
import dev.jetpod.api.meta.StatusReason;
import dev.jetpod.client.ApiConnectionException;
import dev.jetpod.client.config.KubeconfigException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of failure becomes one line (a validation error one line per cause), worded like kubectl's. */
class ErrorRendererTest {
    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of(new CliException("the path \"x.yaml\" does not exist"), "error: the path \"x.yaml\" does not exist"),
                Arguments.of(new CliException("the server doesn't have a resource type \"foo\""), "error: the server doesn't have a resource type \"foo\""),
                Arguments.of(new ApiConnectionException("http://127.0.0.1:6443", "cannot reach the apiserver at http://127.0.0.1:6443: connection refused", null),
                        "error: cannot reach the apiserver at http://127.0.0.1:6443: connection refused"),
                Arguments.of(new KubeconfigException("context \"x\" not found in /k"), "error: context \"x\" not found in /k"),
                Arguments.of(new InvalidSelectorException("unable to parse requirement: found '!!'"), "error: unable to parse requirement: found '!!'"),
                Arguments.of(ApiException.notFound("", "pods", "Pod", "x"), "Error from server (NotFound): pods \"x\" not found"),
                Arguments.of(ApiException.notFound("apps", "deployments", "Deployment", "web"), "Error from server (NotFound): deployments.apps \"web\" not found"),
                Arguments.of(ApiException.alreadyExists("", "pods", "x"), "Error from server (AlreadyExists): pods \"x\" already exists"),
                Arguments.of(ApiException.modified("", "pods", "x"), "Error from server (Conflict): Operation cannot be fulfilled on pods \"x\": the object has been modified; re-apply"),
                Arguments.of(ApiException.invalid("", "Pod", "x", List.of(new StatusCause("FieldValueRequired", "Required value", "spec.containers[0].image"))),
                        "The Pod \"x\" is invalid: spec.containers[0].image: Required value"),
                Arguments.of(ApiException.invalid("", "Pod", "x", List.of(
                                new StatusCause("FieldValueRequired", "Required value", "spec.containers[0].image"),
                                new StatusCause("FieldValueInvalid", "Invalid value: \"A\": must be lower case", "metadata.name"))),
                        "The Pod \"x\" is invalid: \n* spec.containers[0].image: Required value\n* metadata.name: Invalid value: \"A\": must be lower case"),
                Arguments.of(new ApiException(StatusReason.UNAUTHORIZED, "Unauthorized"), "error: You must be logged in to the server (Unauthorized)"),
                Arguments.of(new ApiException(StatusReason.FORBIDDEN, "pods is forbidden: User \"u\" cannot list"), "Error from server (Forbidden): pods is forbidden: User \"u\" cannot list"),
                Arguments.of(new picocli.CommandLine.ExecutionException(new picocli.CommandLine(new JctlCommand()), "wrapped",
                        ApiException.notFound("", "pods", "Pod", "y")), "Error from server (NotFound): pods \"y\" not found"),
                Arguments.of(new IllegalStateException("boom"), "error: boom (run with -v for details)"),
                Arguments.of(new IllegalStateException("first line\nsecond line"), "error: first line (run with -v for details)"),
                Arguments.of(new NullPointerException("Cannot invoke \"String.length()\" because \"s\" is null"),
                        "error: jctl failed unexpectedly (run with -v for details)"),
                Arguments.of(decodeFailure(), "error: spec.replicas: cannot decode \"three\" as an integer"));
    }

    private static Throwable decodeFailure() {
        try {
            new com.fasterxml.jackson.databind.ObjectMapper().readValue("{\"spec\":{\"replicas\":\"three\"}}",
                    dev.jetpod.api.apps.v1.Deployment.class);
            throw new AssertionError("decoded");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return e;
        }
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("errors")
    void rendersOneClearLine(Throwable t, String expected) {
        assertEquals(expected, ErrorRenderer.render(t));
    }
}
