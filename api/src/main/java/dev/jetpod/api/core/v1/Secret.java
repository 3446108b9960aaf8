package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ObjectMeta;
import java.util.Map;
import java.util.Objects;

/**
 * core/v1 Secret. {@code data} values are base64 on the wire, bytes here. {@code stringData} is write-only: the
 * server merges it into {@code data} (see SecretRules) and never returns it. {@code type} defaults to Opaque.
 * equals/hashCode compare the bytes, not the array identities.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Secret(
        String apiVersion,
        String kind,
        ObjectMeta metadata,
        Boolean immutable,
        Map<String, byte[]> data,
        Map<String, String> stringData,
        String type) implements KubeObject<Secret> {
    public static final String API_VERSION = "v1";
    public static final String KIND = "Secret";
    public static final String TYPE_OPAQUE = "Opaque";
    public static final String TYPE_SERVICE_ACCOUNT_TOKEN = "kubernetes.io/service-account-token";
    public static final String TYPE_DOCKER_CONFIG_JSON = "kubernetes.io/dockerconfigjson";
    public static final String TYPE_TLS = "kubernetes.io/tls";
    public static final String TYPE_BASIC_AUTH = "kubernetes.io/basic-auth";
    public static final String TYPE_SSH_AUTH = "kubernetes.io/ssh-auth";

    public static Secret of(ObjectMeta metadata, Map<String, byte[]> data) {
        return new Secret(API_VERSION, KIND, metadata, null, data, null, null);
    }

    @Override
    public Secret withMetadata(ObjectMeta m) {
        return new Secret(apiVersion, kind, m, immutable, data, stringData, type);
    }

    @Override
    public Secret withTypeMeta(String apiVersion, String kind) {
        return new Secret(apiVersion, kind, metadata, immutable, data, stringData, type);
    }

    public Secret withData(Map<String, byte[]> d) {
        return new Secret(apiVersion, kind, metadata, immutable, d, stringData, type);
    }

    public Secret withStringData(Map<String, String> d) {
        return new Secret(apiVersion, kind, metadata, immutable, data, d, type);
    }

    public Secret withImmutable(Boolean v) {
        return new Secret(apiVersion, kind, metadata, v, data, stringData, type);
    }

    public Secret withType(String t) {
        return new Secret(apiVersion, kind, metadata, immutable, data, stringData, t);
    }

    public Map<String, byte[]> dataOrEmpty() {
        return data == null ? Map.of() : data;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && Objects.equals(apiVersion, s.apiVersion) && Objects.equals(kind, s.kind)
                && Objects.equals(metadata, s.metadata) && Objects.equals(immutable, s.immutable)
                && ByteMaps.equal(data, s.data) && Objects.equals(stringData, s.stringData) && Objects.equals(type, s.type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(apiVersion, kind, metadata, immutable, ByteMaps.hash(data), stringData, type);
    }
}
