package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ObjectMeta;
import java.util.Map;

/** core/v1 ConfigMap. binaryData values are base64 on the wire, bytes here. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConfigMap(String apiVersion, String kind, ObjectMeta metadata, Map<String, String> data, Map<String, byte[]> binaryData, Boolean immutable)
        implements KubeObject<ConfigMap> {
    public static final String API_VERSION = "v1";
    public static final String KIND = "ConfigMap";

    public static ConfigMap of(ObjectMeta metadata, Map<String, String> data) {
        return new ConfigMap(API_VERSION, KIND, metadata, data, null, null);
    }

    @Override
    public ConfigMap withMetadata(ObjectMeta m) {
        return new ConfigMap(apiVersion, kind, m, data, binaryData, immutable);
    }

    @Override
    public ConfigMap withTypeMeta(String apiVersion, String kind) {
        return new ConfigMap(apiVersion, kind, metadata, data, binaryData, immutable);
    }

    public ConfigMap withData(Map<String, String> d) {
        return new ConfigMap(apiVersion, kind, metadata, d, binaryData, immutable);
    }
}
