package dev.jetpod.api.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.api.core.v1.Container;
import dev.jetpod.api.core.v1.ContainerPort;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.core.v1.PodSpec;
import dev.jetpod.api.meta.ListMeta;
import dev.jetpod.api.meta.ObjectMeta;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SchemasTest {
    private final Schemas schemas = new Schemas(FieldRules.kubernetes());

    @Test
    void everyFieldNamedInTheRulesExistsOnItsRecord() {
        FieldRules.kubernetes().namedFields().forEach((type, fields) -> {
            Set<String> actual = Arrays.stream(type.getRecordComponents()).map(Schemas::jsonName).collect(Collectors.toSet());
            for (String f : fields) {
                assertTrue(actual.contains(f), type.getSimpleName() + " has no field " + f);
            }
        });
    }

    @Test
    void podSchemaKnowsListSemantics() {
        Schema.Struct pod = schemas.of(Pod.class);
        Schema.Struct spec = (Schema.Struct) pod.field("spec").orElseThrow().schema();
        Schema.ListOf containers = (Schema.ListOf) spec.field("containers").orElseThrow().schema();
        assertEquals(ListSemantics.Kind.MAP, containers.semantics().kind());
        assertEquals(List.of("name"), containers.semantics().keys());
        assertEquals("merge", containers.semantics().patchStrategy());
        assertTrue(spec.field("containers").orElseThrow().required());
        assertEquals(ListSemantics.Kind.ATOMIC, ((Schema.ListOf) spec.field("tolerations").orElseThrow().schema()).semantics().kind());
        assertTrue(((Schema.MapOf) spec.field("nodeSelector").orElseThrow().schema()).atomic());
        assertEquals("merge,retainKeys", ((Schema.ListOf) spec.field("volumes").orElseThrow().schema()).semantics().patchStrategy());

        Schema.Struct container = schemas.of(Container.class);
        Schema.ListOf ports = (Schema.ListOf) container.field("ports").orElseThrow().schema();
        assertEquals(List.of("containerPort", "protocol"), ports.semantics().keys());
        assertEquals("containerPort", ports.semantics().patchMergeKey());
        assertEquals("TCP", schemas.of(ContainerPort.class).field("protocol").orElseThrow().keyDefault().asText());
    }

    @Test
    void scalarsMapsAndRenamedFields() {
        Schema.Struct meta = schemas.of(ObjectMeta.class);
        assertEquals(Schema.ScalarKind.TIME, ((Schema.Scalar) meta.field("creationTimestamp").orElseThrow().schema()).kind());
        assertInstanceOf(Schema.MapOf.class, meta.field("labels").orElseThrow().schema());
        assertEquals(ListSemantics.Kind.SET, ((Schema.ListOf) meta.field("finalizers").orElseThrow().schema()).semantics().kind());
        assertTrue(schemas.of(ListMeta.class).field("continue").isPresent(), "@JsonProperty names win");
        Schema.Struct spec = schemas.of(PodSpec.class);
        assertTrue(spec.field("overhead").isPresent());
        for (RecordComponent c : PodSpec.class.getRecordComponents()) {
            assertTrue(spec.field(c.getName()).isPresent());
        }
    }
}
