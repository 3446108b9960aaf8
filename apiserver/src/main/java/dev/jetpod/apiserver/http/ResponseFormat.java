package dev.jetpod.apiserver.http;

import java.util.Map;

/**
 * A form the server can answer in: a media type plus the parameters that select a transformation
 * ({@code as=Table;g=meta.k8s.io;v=v1} will be one when tables arrive). A client's Accept clause that names an
 * {@code as} this server does not offer does not match, so it falls through to the next clause or to 406.
 */
public enum ResponseFormat {
    JSON("application/json", Map.of()),
    YAML("application/yaml", Map.of()),
    /** Server-side printing for kubectl get: a meta.k8s.io Table of the objects (see dev.jetpod.apiserver.table). */
    TABLE_V1("application/json", Map.of("as", "Table", "g", "meta.k8s.io", "v", "v1")),
    TABLE_V1BETA1("application/json", Map.of("as", "Table", "g", "meta.k8s.io", "v", "v1beta1")),
    /** The OpenAPI v2 document as gnostic protobuf (what kubectl asks /openapi/v2 for), and its older spelling. */
    OPENAPI_V2_PROTOBUF("application/com.github.proto-openapi.spec.v2@v1.0+protobuf", Map.of()),
    OPENAPI_V2_PROTOBUF_LEGACY("application/com.github.proto-openapi.spec.v2.v1.0+protobuf", Map.of());

    private final String mediaType;
    private final Map<String, String> selectingParams;

    ResponseFormat(String mediaType, Map<String, String> selectingParams) {
        this.mediaType = mediaType;
        this.selectingParams = selectingParams;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean isTable() {
        return "Table".equals(selectingParams.get("as"));
    }

    /** meta.k8s.io/v1 or meta.k8s.io/v1beta1 for a Table form. */
    public String tableApiVersion() {
        return selectingParams.get("g") + "/" + selectingParams.get("v");
    }

    /** The parameters (as, g, v) a clause must carry to select this form; empty for the plain object. */
    public Map<String, String> selectingParams() {
        return selectingParams;
    }
}
