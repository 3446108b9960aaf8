package dev.jetpod.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * metav1.ObjectMeta. Timestamps are {@link Instant}s truncated to whole seconds, as Kubernetes' metav1.Time
 * serialises them ({@code 2024-05-01T10:00:00Z}). Collections are null when absent, never mutated in place.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ObjectMeta(
        String name,
        String generateName,
        String namespace,
        String uid,
        String resourceVersion,
        Long generation,
        // Kubernetes writes an unset creationTimestamp as null (metav1.Time is a struct, never omitted)
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant creationTimestamp,
        Instant deletionTimestamp,
        Long deletionGracePeriodSeconds,
        Map<String, String> labels,
        Map<String, String> annotations,
        List<OwnerReference> ownerReferences,
        List<String> finalizers,
        List<ManagedFieldsEntry> managedFields) {

    public static ObjectMeta named(String namespace, String name) {
        return new ObjectMeta(name, null, namespace, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static ObjectMeta named(String name) {
        return named(null, name);
    }

    public static ObjectMeta empty() {
        return named(null, null);
    }

    public Map<String, String> labelsOrEmpty() {
        return labels == null ? Map.of() : labels;
    }

    public Map<String, String> annotationsOrEmpty() {
        return annotations == null ? Map.of() : annotations;
    }

    public List<String> finalizersOrEmpty() {
        return finalizers == null ? List.of() : finalizers;
    }

    public List<OwnerReference> ownerReferencesOrEmpty() {
        return ownerReferences == null ? List.of() : ownerReferences;
    }

    public ObjectMeta withName(String v) {
        return new ObjectMeta(v, generateName, namespace, uid, resourceVersion, generation, creationTimestamp, deletionTimestamp, deletionGracePeriodSeconds, labels, annotations, ownerReferences, finalizers, managedFields);
    }

    public ObjectMeta withGenerateName(String v) {
        return new ObjectMeta(name, v, namespace, uid, resourceVersion, generation, creationTimestamp, deletionTimestamp, deletionGracePeriodSeconds, labels, annotations, ownerReferences, finalizers, managedFields);
    }

    public ObjectMeta withNamespace(String v) {
        return new ObjectMeta(name, generateName, v, uid, resourceVersion, generation, creationTimestamp, deletionTimestamp, deletionGracePeriodSeconds, labels, annotations, ownerReferences, finalizers, managedFields);
    }

    public ObjectMeta withUid(String v) {
        return new ObjectMeta(name, generateName, namespace, v, resourceVersion, generation, creationTimestamp, deletionTimestamp, deletionGracePeriodSeconds, labels, annotations, ownerReferences, finalizers, managedFields);
    }

    public ObjectMeta withResourceVersion(String v) {
        return new ObjectMeta(name, generateName, namespace, uid, v, generation, creationTimestamp, deletionTimestamp, deletionGracePeriodSeconds, labels, annotations, ownerReferences, finalizers, managedFields);
    }

    public ObjectMeta withGeneration(Long v) {
        return new ObjectMeta(name, generateName, namespace, uid, resourceVersion, v, creationTimestamp, deletionTimestamp, deletionGracePeriodSeconds, labels, annotations, ownerReferences, finalizers, managedFields);
    }

    public ObjectMeta withCreationTimestamp(Instant v) {
        return new ObjectMeta(name, generateName, namespace, uid, resourceVersion, generation, v, deletionTimestamp, deletionGracePeriodSeconds, labels, annotations, ownerReferences, finalizers, managedFields);
    }

    public ObjectMeta withDeletionTimestamp(Instant v) {
        return new ObjectMeta(name, generateName, namespace, uid, resourceVersion, generation, creationTimestamp, v, deletionGracePeriodSeconds, labels, annotations, ownerReferences, finalizers, managedFields);
    }

    public ObjectMeta withDeletionGracePeriodSeconds(Long v) {
        return new ObjectMeta(name, generateName, namespace, uid, resourceVersion, generation, creationTimestamp, deletionTimestamp, v, labels, annotations, ownerReferences, finalizers, managedFields);
    }

    public ObjectMeta withLabels(Map<String, String> v) {
        return new ObjectMeta(name, generateName, namespace, uid, resourceVersion, generation, creationTimestamp, deletionTimestamp, deletionGracePeriodSeconds, v, annotations, ownerReferences, finalizers, managedFields);
    }

    public ObjectMeta withAnnotations(Map<String, String> v) {
        return new ObjectMeta(name, generateName, namespace, uid, resourceVersion, generation, creationTimestamp, deletionTimestamp, deletionGracePeriodSeconds, labels, v, ownerReferences, finalizers, managedFields);
    }

    public ObjectMeta withOwnerReferences(List<OwnerReference> v) {
        return new ObjectMeta(name, generateName, namespace, uid, resourceVersion, generation, creationTimestamp, deletionTimestamp, deletionGracePeriodSeconds, labels, annotations, v, finalizers, managedFields);
    }

    public ObjectMeta withFinalizers(List<String> v) {
        return new ObjectMeta(name, generateName, namespace, uid, resourceVersion, generation, creationTimestamp, deletionTimestamp, deletionGracePeriodSeconds, labels, annotations, ownerReferences, v, managedFields);
    }

    public ObjectMeta withManagedFields(List<ManagedFieldsEntry> v) {
        return new ObjectMeta(name, generateName, namespace, uid, resourceVersion, generation, creationTimestamp, deletionTimestamp, deletionGracePeriodSeconds, labels, annotations, ownerReferences, finalizers, v);
    }

    public ObjectMeta withLabel(String key, String value) {
        Map<String, String> m = new LinkedHashMap<>(labelsOrEmpty());
        m.put(key, value);
        return withLabels(Map.copyOf(m));
    }

    public ObjectMeta withAnnotation(String key, String value) {
        Map<String, String> m = new LinkedHashMap<>(annotationsOrEmpty());
        if (value == null) {
            m.remove(key);
        } else {
            m.put(key, value);
        }
        return withAnnotations(m.isEmpty() ? null : Map.copyOf(m));
    }
}
