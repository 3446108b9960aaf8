package dev.jetpod.api.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.api.apps.v1.Deployment;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.scheme.Resources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * FieldRules against an independent list of Kubernetes' patchStrategy/patchMergeKey tags
 * ({@code kubernetes/patch-strategies.txt}): every modelled field Kubernetes tags is in the table with the same
 * strategy and key, and the table tags nothing Kubernetes leaves untagged. Fields are found by walking every type
 * reachable from the built-in resources, so a new list field cannot slip past unclassified.
 */
class FieldRulesCoverageTest {
    private static final Map<String, String> PACKAGES = Map.of(
            "meta/v1", "dev.jetpod.api.meta",
            "core/v1", "dev.jetpod.api.core.v1",
            "apps/v1", "dev.jetpod.api.apps.v1",
            "autoscaling/v2", "dev.jetpod.api.autoscaling.v2");

    private final Schemas schemas = new Schemas(FieldRules.kubernetes());

    /** One tagged field: {@code PodSpec.containers → merge/name}. */
    private record Tag(String strategy, String mergeKey) {
    }

    @Test
    void everyFieldKubernetesTagsIsInTheTableAndNothingElse() throws IOException {
        Map<String, Tag> kubernetes = modelledTags();
        Map<String, Tag> table = tableTags();
        assertEquals(kubernetes, table, "FieldRules (right) against Kubernetes' struct tags (left), by Type.field");
    }

    @Test
    void theWalkReachesTheFieldsThatMatter() {
        Map<String, Tag> table = tableTags();
        for (String f : List.of("PodSpec.containers", "Container.env", "ObjectMeta.finalizers", "DeploymentSpec.strategy",
                "HorizontalPodAutoscalerStatus.conditions", "ContainerStatus.volumeMounts")) {
            assertTrue(table.containsKey(f), f + " reached");
        }
    }

    @Test
    void patchMetaReadsTheTable() {
        PatchMeta spec = PatchMeta.of(schemas, Pod.class).field("spec");
        assertEquals("name", spec.field("containers").mergeKey());
        assertTrue(spec.field("volumes").element().retainKeys());
        assertFalse(spec.field("tolerations").isMergeList(), "tolerations are replaced whole");
        assertTrue(PatchMeta.of(schemas, Pod.class).field("metadata").field("finalizers").isPrimitiveMergeList());
        PatchMeta deployment = PatchMeta.of(schemas, Deployment.class);
        assertTrue(deployment.field("spec").field("strategy").retainKeys());
        assertEquals("containerPort", deployment.field("spec").field("template").field("spec").field("containers").element()
                .field("ports").mergeKey());
        assertEquals(PatchMeta.ANY, spec.field("noSuchField"));
    }

    /** Kubernetes' tags on fields this model has (types or fields it lacks are left out). */
    private Map<String, Tag> modelledTags() throws IOException {
        Map<String, Tag> out = new LinkedHashMap<>();
        for (String line : lines("/kubernetes/patch-strategies.txt")) {
            String[] p = line.split("\\s+");
            String owner = p[1];
            String field = p[2];
            Class<?> type = modelled(PACKAGES.get(p[0]), owner);
            if (type != null && hasField(type, field)) {
                out.put(owner + "." + field, new Tag(p[3], p.length > 4 ? p[4] : null));
            }
        }
        return out;
    }

    /** The tags FieldRules gives, found by walking every field of every type the built-in resources reach. */
    private Map<String, Tag> tableTags() {
        Map<String, Tag> out = new LinkedHashMap<>();
        Set<Class<?>> seen = new HashSet<>();
        List<Schema> todo = new ArrayList<>();
        Resources.ALL.forEach(t -> todo.add(schemas.of(t.javaType())));
        while (!todo.isEmpty()) {
            Schema s = todo.remove(todo.size() - 1);
            if (s instanceof Schema.ListOf l) {
                todo.add(l.element());
            } else if (s instanceof Schema.MapOf m) {
                todo.add(m.values());
            } else if (s instanceof Schema.Struct struct && seen.add(struct.javaType())) {
                for (Field f : struct.fields().values()) {
                    tagOf(struct.javaType(), f).ifPresent(tag -> out.put(struct.javaType().getSimpleName() + "." + f.name(), tag));
                    todo.add(f.schema());
                }
            }
        }
        return out;
    }

    private Optional<Tag> tagOf(Class<?> owner, Field f) {
        if (f.schema() instanceof Schema.ListOf l && l.semantics().patchStrategy() != null) {
            return Optional.of(new Tag(l.semantics().patchStrategy(), l.semantics().patchMergeKey()));
        }
        return schemas.rules().structPatchStrategy(owner, f.name()).map(st -> new Tag(st, null));
    }

    private static Class<?> modelled(String pkg, String simpleName) {
        try {
            return Class.forName(pkg + "." + simpleName);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private boolean hasField(Class<?> type, String field) {
        return type.isRecord() && schemas.of(type).field(field).isPresent();
    }

    private static List<String> lines(String resource) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                FieldRulesCoverageTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
