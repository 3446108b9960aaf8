package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ObjectMeta;
import java.util.Map;
import java.util.Objects;

/** core/v1 ConfigMap. binaryData values are base64 on the wire, bytes here. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
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

    public ConfigMap withBinaryData(Map<String, byte[]> d) {
        return new ConfigMap(apiVersion, kind, metadata, data, d, immutable);
    }

    public ConfigMap withImmutable(Boolean v) {
        return new ConfigMap(apiVersion, kind, metadata, data, binaryData, v);
    }

    public Map<String, String> dataOrEmpty() {
        return data == null ? Map.of() : data;
    }

    /** Compares binaryData by content; a record alone would compare the arrays by identity. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ConfigMap c && Objects.equals(apiVersion, c.apiVersion) && Objects.equals(kind, c.kind)
                && Objects.equals(metadata, c.metadata) && Objects.equals(data, c.data) && ByteMaps.equal(binaryData, c.binaryData)
                && Objects.equals(immutable, c.immutable);
    }

    @Override
    public int hashCode() {
        return Objects.hash(apiVersion, kind, metadata, data, ByteMaps.hash(binaryData), immutable);
    }
}
