package dev.jetpod.api.validation;

import dev.jetpod.api.core.v1.PodTemplateSpec;
import dev.jetpod.api.labels.InvalidSelectorException;
import dev.jetpod.api.labels.Selector;
import dev.jetpod.api.meta.LabelSelector;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What ReplicaSets and Deployments share: a required, non-empty selector that matches a valid pod template. */
public final class WorkloadValidation {
    private WorkloadValidation() {
    }

    /** Selector required and non-empty; the template valid, its labels matched by the selector, restartPolicy Always. */
    public static List<FieldError> selectorAndTemplate(LabelSelector selector, PodTemplateSpec template, FieldPath spec) {
        Errors errs = new Errors();
        Selector parsed = null;
        if (selector == null) {
            errs.required(spec.child("selector"));
        } else {
            errs.addAll(SchedulingValidation.labelSelector(selector, spec.child("selector")));
            boolean empty = (selector.matchLabels() == null || selector.matchLabels().isEmpty())
                    && (selector.matchExpressions() == null || selector.matchExpressions().isEmpty());
            if (empty) {
                errs.invalid(spec.child("selector"), printed(selector), "empty selector is invalid for deployment");
            }
            try {
                parsed = Selector.from(selector);
            } catch (InvalidSelectorException e) {
                errs.invalid(spec.child("selector"), printed(selector), "invalid label selector");
            }
        }
        FieldPath t = spec.child("template");
        if (template == null) {
            return errs.required(t).toList();
        }
        Map<String, String> labels = template.metadata() == null ? Map.of() : template.metadata().labelsOrEmpty();
        if (parsed != null && !parsed.isEverything() && !parsed.isNothing() && !parsed.matches(labels)) {
            errs.invalid(t.child("metadata", "labels"), PrintedValue.of(labels), "`selector` does not match template `labels`");
        }
        if (template.metadata() != null) {
            errs.addAll(MetaValidation.validateLabels(template.metadata().labels(), t.child("metadata", "labels")));
            errs.addAll(MetaValidation.validateAnnotations(template.metadata().annotations(), t.child("metadata", "annotations")));
        }
        errs.addAll(PodSpecValidation.validate(template.spec(), t.child("spec")));
        if (template.spec() != null) {
            if (template.spec().restartPolicy() != null && !template.spec().restartPolicy().equals("Always")) {
                errs.notSupported(t.child("spec", "restartPolicy"), template.spec().restartPolicy(), List.of("Always"));
            }
            if (template.spec().activeDeadlineSeconds() != null) {
                errs.invalid(t.child("spec", "activeDeadlineSeconds"), template.spec().activeDeadlineSeconds(),
                        "activeDeadlineSeconds in ReplicaSet is not Supported");
            }
        }
        return errs.toList();
    }

    /** apps/v1 selectors are immutable. */
    public static List<FieldError> selectorUnchanged(LabelSelector selector, LabelSelector old, FieldPath spec) {
        if (Objects.equals(normal(selector), normal(old))) {
            return List.of();
        }
        return new Errors().immutable(spec.child("selector"), printed(selector)).toList();
    }

    /** Compares selectors by meaning, so that {@code matchLabels: {}} and no matchLabels are the same. */
    private static String normal(LabelSelector s) {
        try {
            return s == null ? null : Selector.from(s).toString();
        } catch (InvalidSelectorException e) {
            return String.valueOf(s);
        }
    }

    private static PrintedValue printed(LabelSelector s) {
        return new PrintedValue(normalOrRaw(s));
    }

    private static String normalOrRaw(LabelSelector s) {
        String n = normal(s);
        return n == null ? "null" : "\"" + n + "\"";
    }
}
