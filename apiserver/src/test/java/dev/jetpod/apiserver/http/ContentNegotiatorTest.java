package dev.jetpod.apiserver.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jetpod.api.errors.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentNegotiatorTest {
    private static final List<ResponseFormat> OFFERED = List.of(ResponseFormat.JSON, ResponseFormat.YAML);

    @Test
    void kubectlTableAcceptFallsBackToPlainJson() {
        String accept = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";
        assertEquals(ResponseFormat.JSON, ContentNegotiator.negotiate(accept, OFFERED));
    }

    @Test
    void aggregatedDiscoveryAcceptFallsBackToPlainJson() {
        String accept = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json";
        assertEquals(ResponseFormat.JSON, ContentNegotiator.negotiate(accept, OFFERED));
    }

    @Test
    void wildcardsQualityAndYaml() {
        assertEquals(ResponseFormat.JSON, ContentNegotiator.negotiate(null, OFFERED));
        assertEquals(ResponseFormat.JSON, ContentNegotiator.negotiate("*/*", OFFERED));
        assertEquals(ResponseFormat.YAML, ContentNegotiator.negotiate("application/yaml", OFFERED));
        assertEquals(ResponseFormat.YAML, ContentNegotiator.negotiate("application/json;q=0.5, application/yaml", OFFERED));
    }

    @Test
    void onlyUnproducibleFormsIs406() {
        ApiException e = assertThrows(ApiException.class, () -> ContentNegotiator.negotiate("application/vnd.kubernetes.protobuf", OFFERED));
        assertEquals(406, e.code());
        assertEquals("only the following media types are accepted: application/json, application/yaml", e.getMessage());
        assertEquals(406, assertThrows(ApiException.class, () -> ContentNegotiator.negotiate("application/json;as=Table;v=v1;g=meta.k8s.io", OFFERED)).code());
    }
}
