package dev.jetpod.api.validation;

import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.meta.OwnerReference;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** ValidateObjectMeta and friends: names, namespace, labels, annotations, finalizers, owner references. */
public final class MetaValidation {
    private MetaValidation() {
    }

    /** TotalAnnotationSizeLimitB: 256 KiB of keys plus values. */
    public static final int TOTAL_ANNOTATION_SIZE = 256 * 1024;
    private static final Set<String> STANDARD_FINALIZERS = Set.of("kubernetes", "orphan", "foregroundDeletion");
    private static final FieldPath META = FieldPath.root("metadata");

    /** The usual name rule: a DNS-1123 subdomain, generateName allowed to end in '-'. */
    public static List<String> subdomainName(String name, boolean prefix) {
        return NameFormats.objectName(name, prefix);
    }

    /** For Namespaces: a DNS-1123 label. */
    public static List<String> labelName(String name, boolean prefix) {
        return NameFormats.dns1123Label(prefix ? NameFormats.maskTrailingDash(name) : name);
    }

    /** For Services: a DNS-1035 label. */
    public static List<String> dns1035Name(String name, boolean prefix) {
        return NameFormats.dns1035Label(prefix ? NameFormats.maskTrailingDash(name) : name);
    }

    /**
     * ValidateObjectMeta for a new object. {@code nameRule} is the type's name syntax (called with prefix=true for
     * generateName); {@code namespaced} decides whether metadata.namespace is required or forbidden.
     */
    public static List<FieldError> validateCreate(ObjectMeta meta, boolean namespaced, NameRule nameRule) {
        Errors errs = new Errors();
        ObjectMeta m = meta == null ? ObjectMeta.empty() : meta;
        if (m.generateName() != null && !m.generateName().isEmpty()) {
            errs.invalidEach(META.child("generateName"), m.generateName(), nameRule.check(m.generateName(), true));
        }
        if (m.name() == null || m.name().isEmpty()) {
            errs.required(META.child("name"), "name or generateName is required");
        } else {
            errs.invalidEach(META.child("name"), m.name(), nameRule.check(m.name(), false));
        }
        if (namespaced) {
            if (m.namespace() == null || m.namespace().isEmpty()) {
                errs.required(META.child("namespace"));
            } else {
                errs.invalidEach(META.child("namespace"), m.namespace(), labelName(m.namespace(), false));
            }
        } else if (m.namespace() != null && !m.namespace().isEmpty()) {
            errs.forbidden(META.child("namespace"), "not allowed on this type");
        }
        errs.nonNegative(META.child("generation"), m.generation());
        errs.addAll(validateLabels(m.labels(), META.child("labels")));
        errs.addAll(validateAnnotations(m.annotations(), META.child("annotations")));
        errs.addAll(validateOwnerReferences(m.ownerReferences(), META.child("ownerReferences")));
        errs.addAll(validateFinalizers(m.finalizers(), META.child("finalizers")));
        return errs.toList();
    }

    /**
     * ValidateObjectMetaUpdate: everything validateCreate checks, plus name, namespace, uid and creationTimestamp
     * may not change. (The server fills uid and creationTimestamp from the stored object when a client omits them.)
     */
    public static List<FieldError> validateUpdate(ObjectMeta meta, ObjectMeta old, boolean namespaced, NameRule nameRule) {
        Errors errs = new Errors().addAll(validateCreate(meta, namespaced, nameRule));
        ObjectMeta m = meta == null ? ObjectMeta.empty() : meta;
        ObjectMeta o = old == null ? ObjectMeta.empty() : old;
        if (!Objects.equals(m.name(), o.name())) {
            errs.immutable(META.child("name"), m.name());
        }
        if (!Objects.equals(emptyIfNull(m.namespace()), emptyIfNull(o.namespace()))) {
            errs.immutable(META.child("namespace"), m.namespace());
        }
        if (m.uid() != null && !m.uid().isEmpty() && o.uid() != null && !m.uid().equals(o.uid())) {
            errs.immutable(META.child("uid"), m.uid());
        }
        if (m.creationTimestamp() != null && o.creationTimestamp() != null && !m.creationTimestamp().equals(o.creationTimestamp())) {
            errs.immutable(META.child("creationTimestamp"), m.creationTimestamp().toString());
        }
        return errs.toList();
    }

    /** ValidateLabels: keys are qualified names, values label values; the path is the map's, as Kubernetes reports it. */
    public static List<FieldError> validateLabels(Map<String, String> labels, FieldPath path) {
        Errors errs = new Errors();
        if (labels == null) {
            return errs.toList();
        }
        labels.forEach((k, v) -> {
            errs.invalidEach(path, k, NameFormats.qualifiedName(k));
            errs.invalidEach(path, v, NameFormats.labelValue(v == null ? "" : v));
        });
        return errs.toList();
    }

    /** ValidateAnnotations: keys are qualified names (case-insensitive); keys plus values at most 256 KiB. */
    public static List<FieldError> validateAnnotations(Map<String, String> annotations, FieldPath path) {
        Errors errs = new Errors();
        if (annotations == null) {
            return errs.toList();
        }
        long total = 0;
        for (Map.Entry<String, String> e : annotations.entrySet()) {
            errs.invalidEach(path, e.getKey(), NameFormats.qualifiedName(e.getKey().toLowerCase(Locale.ROOT)));
            total += e.getKey().getBytes(StandardCharsets.UTF_8).length;
            total += e.getValue() == null ? 0 : e.getValue().getBytes(StandardCharsets.UTF_8).length;
        }
        if (total > TOTAL_ANNOTATION_SIZE) {
            errs.tooLong(path, TOTAL_ANNOTATION_SIZE);
        }
        return errs.toList();
    }

    /** ValidateFinalizers: qualified names; unqualified ones must be standard; orphan and foregroundDeletion exclude each other. */
    public static List<FieldError> validateFinalizers(List<String> finalizers, FieldPath path) {
        Errors errs = new Errors();
        if (finalizers == null) {
            return errs.toList();
        }
        for (String f : finalizers) {
            List<String> msgs = NameFormats.qualifiedName(f);
            errs.invalidEach(path, f, msgs);
            if (msgs.isEmpty() && !f.contains("/") && !STANDARD_FINALIZERS.contains(f)) {
                errs.invalid(path, f, "name is neither a standard finalizer name nor is it fully qualified");
            }
        }
        if (finalizers.contains("orphan") && finalizers.contains("foregroundDeletion")) {
            errs.invalid(path, PrintedValue.of(finalizers), "finalizer orphan and foregroundDeletion cannot be both set");
        }
        return errs.toList();
    }

    /** ValidateOwnerReferences: apiVersion, kind, name and uid are required; at most one controller. */
    public static List<FieldError> validateOwnerReferences(List<OwnerReference> refs, FieldPath path) {
        Errors errs = new Errors();
        if (refs == null) {
            return errs.toList();
        }
        String controller = null;
        for (OwnerReference r : refs) {
            if (blank(r.apiVersion())) {
                errs.invalid(path.child("apiVersion"), r.apiVersion() == null ? "" : r.apiVersion(), "version must not be empty");
            }
            if (blank(r.kind())) {
                errs.invalid(path.child("kind"), r.kind() == null ? "" : r.kind(), "kind must not be empty");
            }
            if (blank(r.name())) {
                errs.invalid(path.child("name"), r.name() == null ? "" : r.name(), "name must not be empty");
            }
            if (blank(r.uid())) {
                errs.invalid(path.child("uid"), r.uid() == null ? "" : r.uid(), "uid must not be empty");
            }
            if (r.isController()) {
                if (controller != null) {
                    errs.invalid(path, PrintedValue.of(List.of(controller, r.kind() + "/" + r.name())),
                            "Only one reference can have Controller set to true. Found \"true\" in references for "
                                    + controller + " and " + r.kind() + "/" + r.name());
                }
                controller = r.kind() + "/" + r.name();
            }
        }
        return errs.toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isEmpty();
    }

    private static String emptyIfNull(String s) {
        return s == null ? "" : s;
    }

    /** A type's name syntax: the error messages for a name (or, with prefix, a generateName). */
    @FunctionalInterface
    public interface NameRule {
        List<String> check(String name, boolean prefix);

        static NameRule of(Function<String, List<String>> f) {
            return (n, p) -> f.apply(p ? NameFormats.maskTrailingDash(n) : n);
        }
    }
}
