package dev.jetpod.jctl.jsonpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** kubectl's JSONPath template syntax, table-driven against one pod list. */
class JsonPathTemplateTest {
    static final JsonNode LIST = read("""
            {"kind":"List","items":[
              {"metadata":{"name":"web","namespace":"default","labels":{"app":"web","kubernetes.io/os":"linux"},
                           "annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{}"}},
               "spec":{"containers":[{"name":"a","image":"nginx","ports":[{"containerPort":80}]},{"name":"b","image":"busybox"}]},
               "status":{"phase":"Running","conditions":[{"type":"Ready","status":"True"},{"type":"PodScheduled","status":"True"}],
                         "containerStatuses":[{"name":"a","restartCount":2},{"name":"b","restartCount":0}]}},
              {"metadata":{"name":"db","namespace":"prod","labels":{"app":"db"}},
               "spec":{"containers":[{"name":"pg","image":"postgres"}]},
               "status":{"phase":"Pending","conditions":[{"type":"Ready","status":"False"}],
                         "containerStatuses":[{"name":"pg","restartCount":7}]}}]}
            """);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("{.kind}", "List"),
                Arguments.of("{.items[0].metadata.name}", "web"),
                Arguments.of("{$.items[1].metadata.name}", "db"),
                Arguments.of("{.items[*].metadata.name}", "web db"),
                Arguments.of("{.items[-1].metadata.name}", "db"),
                Arguments.of("{.items[0:1].metadata.name}", "web"),
                Arguments.of("{.items[0].spec.containers[*].image}", "nginx busybox"),
                Arguments.of("{.items[*].spec.containers[0].ports[0].containerPort}", "80"),
                Arguments.of("{range .items[*]}{.metadata.name}{\"\\t\"}{.status.phase}{\"\\n\"}{end}", "web\tRunning\ndb\tPending\n"),
                Arguments.of("{range .items[*]}{.metadata.name}:{range .spec.containers[*]}{.name},{end};{end}", "web:a,b,;db:pg,;"),
                Arguments.of("{range .items}{.metadata.name} {end}", "web db "),
                Arguments.of("{.items[?(@.status.phase==\"Running\")].metadata.name}", "web"),
                Arguments.of("{.items[?(@.status.phase!='Running')].metadata.name}", "db"),
                Arguments.of("{.items[0].status.conditions[?(@.type==\"Ready\")].status}", "True"),
                Arguments.of("{.items[*].status.containerStatuses[?(@.restartCount>1)].name}", "a pg"),
                Arguments.of("{.items[*].status.containerStatuses[?(@.restartCount<=0)].name}", "b"),
                Arguments.of("{.items[?(@.metadata.labels.app)].metadata.name}", "web db"),
                Arguments.of("{.items[0].metadata.labels.kubernetes\\.io/os}", "linux"),
                Arguments.of("{.items[0].metadata.annotations.kubectl\\.kubernetes\\.io/last-applied-configuration}", "{}"),
                Arguments.of("{.items[0].metadata.labels['kubernetes.io/os']}", "linux"),
                Arguments.of("{.items[1].metadata.labels}", "{\"app\":\"db\"}"),
                Arguments.of("{.items[1].spec.containers[0]['name','image']}", "pg postgres"),
                Arguments.of("{..restartCount}", "2 0 7"),
                Arguments.of("{.items[0].metadata.*}", "web default {\"app\":\"web\",\"kubernetes.io/os\":\"linux\"} {\"kubectl.kubernetes.io/last-applied-configuration\":\"{}\"}"),
                Arguments.of("name: {.items[0].metadata.name}\\n", "name: web\n"),
                Arguments.of("{.items[0].missing.field}", ""),
                Arguments.of("{.items[5].metadata.name}", ""),
                Arguments.of("plain text", "plain text"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void executes(String template, String expected) {
        assertEquals(expected, JsonPathTemplate.parse(template).execute(LIST, true));
    }

    static Stream<Arguments> parseErrors() {
        return Stream.of(
                Arguments.of("{.items[", "unclosed action"),
                Arguments.of("{.items[0}", "unterminated array"),
                Arguments.of("{range .items[*]}{.x}", "unclosed range"),
                Arguments.of("{end}", "not in range"),
                Arguments.of("{.items[a:b]}", "invalid"),
                Arguments.of("{}", "empty expression"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parseErrors")
    void rejects(String template, String why) {
        JsonPathException e = assertThrows(JsonPathException.class, () -> JsonPathTemplate.parse(template));
        assertTrue(e.getMessage().contains(why), e.getMessage());
        assertTrue(e.getMessage().startsWith("error parsing jsonpath " + template), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void missingKeysAreAnErrorWhenNotAllowed() {
        JsonPathException e = assertThrows(JsonPathException.class, () -> JsonPathTemplate.parse("{.nope}").execute(LIST, false));
        assertEquals("nope is not found", e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void selectReturnsTheValuesForWait() {
        assertEquals(2, JsonPathTemplate.parse("{.items[*].status.phase}").select(LIST).size());
        assertTrue(JsonPathTemplate.parse("{.items[0].nope}").select(LIST).isEmpty());
    }

    private static JsonNode read(String s) {
        try {
            return new ObjectMapper().readTree(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
