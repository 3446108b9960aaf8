package dev.jetpod.api.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.api.codec.Codecs;
import dev.jetpod.api.core.v1.Container;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.core.v1.PodSpec;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.api.scheme.Scheme;
import dev.jetpod.api.scheme.TypeRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiExceptionTest {
    @Test
    void validationErrorsBecomeAKubernetesInvalidStatus() throws Exception {
        TypeRules<Pod> rules = Scheme.builtin().rules(Resources.PODS);
        Pod pod = rules.applyDefaults(Pod.of(ObjectMeta.named("default", "web"), PodSpec.of(List.of(Container.of("web", null)))));
        ApiException e = ApiException.invalid(Resources.PODS, "web", rules.validateCreate(pod));
        JsonNode status = Codecs.json().valueToTree(e.toStatus());
        JsonNode expected = Codecs.json().readTree("""
                {"apiVersion":"v1","kind":"Status","metadata":{},"status":"Failure",
                 "message":"Pod \\"web\\" is invalid: spec.containers[0].image: Required value","reason":"Invalid",
                 "details":{"name":"web","kind":"Pod","causes":[{"reason":"FieldValueRequired","message":"Required value","field":"spec.containers[0].image"}]},
                 "code":422}""");
        assertEquals(expected, status);
    }
}
