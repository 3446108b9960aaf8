package dev.jetpod.jctl.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.schema.FieldRules;
import dev.jetpod.api.schema.PatchMeta;
import dev.jetpod.api.schema.Schemas;
import dev.jetpod.api.scheme.Resources;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client-side apply patch for (last applied, file, live object), table-driven; the expected patches are what
 * kubectl's three-way strategic merge produces for the same inputs (same directives, same elements).
 */
class ThreeWayMergePatchTest {
    private static final Schemas SCHEMAS = new Schemas(FieldRules.kubernetes());
    static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> pods() {
        return Stream.of(
                Arguments.of("nothing changed",
                        "{\"metadata\":{\"labels\":{\"a\":\"1\"}}}",
                        "{\"metadata\":{\"labels\":{\"a\":\"1\"}}}",
                        "{\"metadata\":{\"labels\":{\"a\":\"1\",\"b\":\"set-by-others\"},\"uid\":\"u\"}}",
                        "{}"),
                Arguments.of("a label dropped from the file is deleted; others' labels stay",
                        "{\"metadata\":{\"labels\":{\"a\":\"1\",\"gone\":\"x\"}}}",
                        "{\"metadata\":{\"labels\":{\"a\":\"1\"}}}",
                        "{\"metadata\":{\"labels\":{\"a\":\"1\",\"gone\":\"x\",\"b\":\"others\"}}}",
                        "{\"metadata\":{\"labels\":{\"gone\":null}}}"),
                Arguments.of("a changed value is set even if someone changed it live",
                        "{\"spec\":{\"activeDeadlineSeconds\":10}}",
                        "{\"spec\":{\"activeDeadlineSeconds\":20}}",
                        "{\"spec\":{\"activeDeadlineSeconds\":15}}",
                        "{\"spec\":{\"activeDeadlineSeconds\":20}}"),
                Arguments.of("a value the file sets again after someone changed it live",
                        "{\"spec\":{\"activeDeadlineSeconds\":10}}",
                        "{\"spec\":{\"activeDeadlineSeconds\":10}}",
                        "{\"spec\":{\"activeDeadlineSeconds\":15}}",
                        "{\"spec\":{\"activeDeadlineSeconds\":10}}"),
                Arguments.of("server defaults are not removed",
                        "{\"spec\":{\"containers\":[{\"name\":\"c\",\"image\":\"i\"}]}}",
                        "{\"spec\":{\"containers\":[{\"name\":\"c\",\"image\":\"i\"}]}}",
                        "{\"spec\":{\"containers\":[{\"name\":\"c\",\"image\":\"i\",\"imagePullPolicy\":\"IfNotPresent\"}],\"restartPolicy\":\"Always\"}}",
                        "{}"),
                Arguments.of("a container image changes: only that element, by its key, with the order",
                        "{\"spec\":{\"containers\":[{\"name\":\"a\",\"image\":\"1\"},{\"name\":\"b\",\"image\":\"1\"}]}}",
                        "{\"spec\":{\"containers\":[{\"name\":\"a\",\"image\":\"1\"},{\"name\":\"b\",\"image\":\"2\"}]}}",
                        "{\"spec\":{\"containers\":[{\"name\":\"a\",\"image\":\"1\"},{\"name\":\"b\",\"image\":\"1\"}]}}",
                        "{\"spec\":{\"$setElementOrder/containers\":[{\"name\":\"a\"},{\"name\":\"b\"}],\"containers\":[{\"image\":\"2\",\"name\":\"b\"}]}}"),
                Arguments.of("a container dropped from the file is deleted by key",
                        "{\"spec\":{\"containers\":[{\"name\":\"a\",\"image\":\"1\"},{\"name\":\"b\",\"image\":\"1\"}]}}",
                        "{\"spec\":{\"containers\":[{\"name\":\"a\",\"image\":\"1\"}]}}",
                        "{\"spec\":{\"containers\":[{\"name\":\"a\",\"image\":\"1\"},{\"name\":\"b\",\"image\":\"1\"}]}}",
                        "{\"spec\":{\"$setElementOrder/containers\":[{\"name\":\"a\"}],\"containers\":[{\"$patch\":\"delete\",\"name\":\"b\"}]}}"),
                Arguments.of("an env var dropped from one container",
                        "{\"spec\":{\"containers\":[{\"name\":\"a\",\"env\":[{\"name\":\"X\",\"value\":\"1\"},{\"name\":\"Y\",\"value\":\"2\"}]}]}}",
                        "{\"spec\":{\"containers\":[{\"name\":\"a\",\"env\":[{\"name\":\"X\",\"value\":\"1\"}]}]}}",
                        "{\"spec\":{\"containers\":[{\"name\":\"a\",\"env\":[{\"name\":\"X\",\"value\":\"1\"},{\"name\":\"Y\",\"value\":\"2\"}]}]}}",
                        "{\"spec\":{\"$setElementOrder/containers\":[{\"name\":\"a\"}],\"containers\":[{\"$setElementOrder/env\":[{\"name\":\"X\"}],\"env\":[{\"$patch\":\"delete\",\"name\":\"Y\"}],\"name\":\"a\"}]}}"),
                Arguments.of("a list without a merge strategy is replaced whole",
                        "{\"spec\":{\"containers\":[{\"name\":\"a\",\"args\":[\"x\",\"y\"]}]}}",
                        "{\"spec\":{\"containers\":[{\"name\":\"a\",\"args\":[\"x\"]}]}}",
                        "{\"spec\":{\"containers\":[{\"name\":\"a\",\"args\":[\"x\",\"y\"]}]}}",
                        "{\"spec\":{\"$setElementOrder/containers\":[{\"name\":\"a\"}],\"containers\":[{\"args\":[\"x\"],\"name\":\"a\"}]}}"),
                Arguments.of("finalizers merge as a set",
                        "{\"metadata\":{\"finalizers\":[\"a\",\"b\"]}}",
                        "{\"metadata\":{\"finalizers\":[\"a\",\"c\"]}}",
                        "{\"metadata\":{\"finalizers\":[\"a\",\"b\",\"z\"]}}",
                        "{\"metadata\":{\"$deleteFromPrimitiveList/finalizers\":[\"b\"],\"$setElementOrder/finalizers\":[\"a\",\"c\"],\"finalizers\":[\"c\"]}}"),
                Arguments.of("never applied before: nothing is deleted",
                        null,
                        "{\"metadata\":{\"labels\":{\"a\":\"1\"}}}",
                        "{\"metadata\":{\"labels\":{\"a\":\"1\",\"b\":\"2\"}}}",
                        "{}"),
                Arguments.of("a whole map dropped from the file",
                        "{\"spec\":{\"nodeSelector\":{\"disk\":\"ssd\"}}}",
                        "{\"spec\":{}}",
                        "{\"spec\":{\"nodeSelector\":{\"disk\":\"ssd\"}}}",
                        "{\"spec\":{\"nodeSelector\":null}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pods")
    void podPatches(String name, String original, String modified, String current, String expected) throws Exception {
        ObjectNode patch = ThreeWayMergePatch.create(original == null ? null : (ObjectNode) JSON.readTree(original),
                (ObjectNode) JSON.readTree(modified), (ObjectNode) JSON.readTree(current), PatchMeta.of(SCHEMAS, Resources.PODS.javaType()));
        assertEquals(JSON.readTree(expected), patch);
    }

    @org.junit.jupiter.api.Test
    void deploymentStrategyRetainsOnlyTheKeysTheFileNames() throws Exception {
        ObjectNode original = (ObjectNode) JSON.readTree("{\"spec\":{\"strategy\":{\"type\":\"RollingUpdate\"}}}");
        ObjectNode modified = (ObjectNode) JSON.readTree("{\"spec\":{\"strategy\":{\"type\":\"Recreate\"}}}");
        ObjectNode current = (ObjectNode) JSON.readTree("{\"spec\":{\"strategy\":{\"type\":\"RollingUpdate\",\"rollingUpdate\":{\"maxSurge\":\"25%\"}}}}");
        ObjectNode patch = ThreeWayMergePatch.create(original, modified, current, PatchMeta.of(SCHEMAS, Resources.DEPLOYMENTS.javaType()));
        assertEquals(JSON.readTree("{\"spec\":{\"strategy\":{\"$retainKeys\":[\"type\"],\"type\":\"Recreate\"}}}"), patch);
    }

    @org.junit.jupiter.api.Test
    void twoWayPatchHasChangesAndDeletions() throws Exception {
        ObjectNode patch = ThreeWayMergePatch.twoWay((ObjectNode) JSON.readTree("{\"a\":1,\"b\":{\"c\":2}}"),
                (ObjectNode) JSON.readTree("{\"a\":2,\"b\":{}}"), PatchMeta.ANY);
        assertEquals(JSON.readTree("{\"a\":2,\"b\":{\"c\":null}}"), patch);
    }
}
