package dev.jetpod.apiserver.openapi.extensions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.schema.FieldRules;
import dev.jetpod.api.schema.Schemas;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaExtensionsTest {

    @Test
    void addsListMapAndRequiredExtensionsToGeneratedDefinitions() throws Exception {
        ObjectNode defs = (ObjectNode) new ObjectMapper().readTree("""
                {"PodSpec":{"type":"object","properties":{
                   "containers":{"type":"array","items":{"$ref":"#/definitions/Container"}},
                   "tolerations":{"type":"array","items":{"$ref":"#/definitions/Toleration"}},
                   "nodeSelector":{"type":"object","additionalProperties":{"type":"string"}},
                   "volumes":{"type":"array","items":{"$ref":"#/definitions/Volume"}}}},
                 "Container":{"type":"object","properties":{"name":{"type":"string"},
                   "ports":{"type":"array","items":{"$ref":"#/definitions/ContainerPort"}}}},
                 "ContainerPort":{"type":"object","properties":{"containerPort":{"type":"integer"},"protocol":{"type":"string"}}},
                 "LabelSelector":{"type":"object","properties":{"matchLabels":{"type":"object"}}},
                 "ObjectMeta":{"type":"object","properties":{"finalizers":{"type":"array","items":{"type":"string"}}}}}
                """);
        new SchemaExtensions(new Schemas(FieldRules.kubernetes()), Class::getSimpleName).apply(defs, List.of(Pod.class, dev.jetpod.api.apps.v1.Deployment.class));

        ObjectNode containers = (ObjectNode) defs.at("/PodSpec/properties/containers");
        assertEquals("name", containers.path("x-kubernetes-patch-merge-key").asText());
        assertEquals("merge", containers.path("x-kubernetes-patch-strategy").asText());
        assertEquals("map", containers.path("x-kubernetes-list-type").asText());
        assertEquals("[\"name\"]", containers.path("x-kubernetes-list-map-keys").toString());
        assertEquals("atomic", defs.at("/PodSpec/properties/tolerations/x-kubernetes-list-type").asText());
        assertFalse(defs.at("/PodSpec/properties/tolerations").has("x-kubernetes-patch-strategy"));
        assertEquals("atomic", defs.at("/PodSpec/properties/nodeSelector/x-kubernetes-map-type").asText());
        assertEquals("merge,retainKeys", defs.at("/PodSpec/properties/volumes/x-kubernetes-patch-strategy").asText());
        assertEquals("[\"containers\"]", defs.at("/PodSpec/required").toString());
        assertEquals("[\"name\"]", defs.at("/Container/required").toString());
        assertEquals("[\"containerPort\",\"protocol\"]", defs.at("/Container/properties/ports/x-kubernetes-list-map-keys").toString());
        assertEquals("TCP", defs.at("/ContainerPort/properties/protocol/default").asText());
        assertEquals("set", defs.at("/ObjectMeta/properties/finalizers/x-kubernetes-list-type").asText());
        assertEquals("atomic", defs.at("/LabelSelector/x-kubernetes-map-type").asText());
    }
}
