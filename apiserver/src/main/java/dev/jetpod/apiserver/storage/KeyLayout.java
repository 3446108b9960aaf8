package dev.jetpod.apiserver.storage;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.scheme.ResourceType;
import io.etcd.jetcd.ByteSequence;
import java.nio.charset.StandardCharsets;

/**
 * Where one resource type lives in etcd: {@code /registry/<group or "core">/<plural>/<namespace>/<name>}, without the
 * namespace segment for cluster-scoped types. Every prefix ends in '/', so a range over namespace "ns" never
 * includes "ns2".
 */
final class KeyLayout {
    private final ResourceType<?> type;
    private final String resourcePrefix;

    KeyLayout(ResourceType<?> type) {
        this.type = type;
        this.resourcePrefix = "/registry/" + (type.group().isEmpty() ? "core" : type.group()) + "/" + type.plural() + "/";
    }

    /** The prefix of every key of this type. */
    String resourcePrefix() {
        return resourcePrefix;
    }

    /** The prefix a list or watch ranges over: one namespace, or all of them (null). */
    String listPrefix(String namespace) {
        return type.namespaced() && namespace != null && !namespace.isEmpty() ? resourcePrefix + segment("namespace", namespace) + "/" : resourcePrefix;
    }

    String key(String namespace, String name) {
        if (!type.namespaced()) {
            return resourcePrefix + segment("name", name);
        }
        if (namespace == null || namespace.isEmpty()) {
            throw ApiException.badRequest("a namespace is required for " + type.qualifiedName());
        }
        return resourcePrefix + segment("namespace", namespace) + "/" + segment("name", name);
    }

    static ByteSequence bytes(String key) {
        return ByteSequence.from(key, StandardCharsets.UTF_8);
    }

    /**
     * An encoded value as jetcd takes it, wrapping the array rather than copying it (a pod's JSON is some 1.5 KB per
     * write): the codec's arrays are never written to after encoding.
     */
    static ByteSequence value(byte[] encoded) {
        return ByteSequence.from(com.google.protobuf.UnsafeByteOperations.unsafeWrap(encoded));
    }

    /** The exclusive end of the range of keys starting with {@code prefix} (its last byte incremented). */
    static ByteSequence rangeEnd(String prefix) {
        byte[] b = prefix.getBytes(StandardCharsets.UTF_8);
        // prefixes end in '/', so the last byte is never 0xff and incrementing it cannot overflow
        b[b.length - 1]++;
        return ByteSequence.from(b);
    }

    /** A path segment must not be able to reach another key: no '/', not empty, not "." or "..". */
    private String segment(String what, String value) {
        if (value == null || value.isEmpty()) {
            throw ApiException.badRequest(what + " is required for " + type.qualifiedName());
        }
        if (value.indexOf('/') >= 0 || value.equals(".") || value.equals("..")) {
            throw ApiException.badRequest(what + " \"" + value + "\" may not contain '/' or be '.' or '..'");
        }
        return value;
    }
}
