package dev.jetpod.apiserver.openapi.extensions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.schema.Field;
import dev.jetpod.api.schema.ListSemantics;
import dev.jetpod.api.schema.Schema;
import dev.jetpod.api.schema.Schemas;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Adds to the OpenAPI definitions generated from the Java types what clients read to merge correctly, as
 * kube-apiserver publishes it: {@code required}, {@code x-kubernetes-list-type} / {@code x-kubernetes-list-map-keys}
 * (server-side apply), {@code x-kubernetes-patch-strategy} / {@code x-kubernetes-patch-merge-key} (kubectl's
 * client-side apply and strategic merge patch), {@code x-kubernetes-map-type: atomic}, and the defaults of
 * list-map key fields. The semantics come from one place, {@link dev.jetpod.api.schema.FieldRules}.
 */
public final class SchemaExtensions {
    private final Schemas schemas;
    private final Function<Class<?>, String> definitionName;

    /** @param definitionName the definition name the document generator gave a Java type */
    public SchemaExtensions(Schemas schemas, Function<Class<?>, String> definitionName) {
        this.schemas = schemas;
        this.definitionName = definitionName;
    }

    /** Enriches {@code definitions} in place for every type reachable from {@code roots}. */
    public void apply(ObjectNode definitions, Iterable<Class<?>> roots) {
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> root : roots) {
            visit(schemas.of(root), definitions, seen);
        }
    }

    private void visit(Schema s, ObjectNode definitions, Set<Class<?>> seen) {
        if (s instanceof Schema.Struct struct) {
            if (!seen.add(struct.javaType())) {
                return;
            }
            JsonNode def = definitions.get(definitionName.apply(struct.javaType()));
            if (def instanceof ObjectNode d) {
                enrich(struct, d);
            }
            struct.fields().values().forEach(f -> visit(f.schema(), definitions, seen));
        } else if (s instanceof Schema.ListOf list) {
            visit(list.element(), definitions, seen);
        } else if (s instanceof Schema.MapOf map) {
            visit(map.values(), definitions, seen);
        }
    }

    private void enrich(Schema.Struct struct, ObjectNode def) {
        if (struct.atomic()) {
            def.put("x-kubernetes-map-type", "atomic");
        }
        JsonNode props = def.get("properties");
        if (!(props instanceof ObjectNode properties)) {
            return;
        }
        ArrayNode required = def.arrayNode();
        for (Field f : struct.fields().values()) {
            if (!(properties.get(f.name()) instanceof ObjectNode p)) {
                continue;
            }
            if (f.required()) {
                required.add(f.name());
            }
            if (f.keyDefault() != null) {
                p.set("default", f.keyDefault());
            }
            schemas.rules().structPatchStrategy(struct.javaType(), f.name()).ifPresent(st -> p.put("x-kubernetes-patch-strategy", st));
            if (f.schema() instanceof Schema.ListOf list) {
                listExtensions(p, list.semantics());
            } else if (f.schema() instanceof Schema.MapOf map && map.atomic()) {
                p.put("x-kubernetes-map-type", "atomic");
            }
        }
        if (!required.isEmpty()) {
            def.set("required", required);
        }
    }

    private static void listExtensions(ObjectNode p, ListSemantics s) {
        if (s.patchMergeKey() != null) {
            p.put("x-kubernetes-patch-merge-key", s.patchMergeKey());
        }
        if (s.patchStrategy() != null) {
            p.put("x-kubernetes-patch-strategy", s.patchStrategy());
        }
        if (s.kind() == ListSemantics.Kind.MAP) {
            ArrayNode keys = p.putArray("x-kubernetes-list-map-keys");
            s.keys().forEach(keys::add);
        }
        p.put("x-kubernetes-list-type", s.kind().wireName());
    }
}
