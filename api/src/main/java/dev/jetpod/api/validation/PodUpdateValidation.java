package dev.jetpod.api.validation;

import dev.jetpod.api.core.v1.Container;
import dev.jetpod.api.core.v1.PodSpec;
import dev.jetpod.api.core.v1.Toleration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * ValidatePodUpdate: a pod's spec is immutable except container images, activeDeadlineSeconds (set, or lowered),
 * tolerations (additions only; an existing NoExecute toleration's tolerationSeconds may be lowered) and removing
 * scheduling gates. The scheduler assigns spec.nodeName through the binding subresource, not by update.
 */
public final class PodUpdateValidation {
    private PodUpdateValidation() {
    }

    static final String FORBIDDEN_MESSAGE = "pod updates may not change fields other than `spec.containers[*].image`,"
            + "`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),"
            + "`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)";

    public static List<FieldError> validate(PodSpec spec, PodSpec old) {
        Errors errs = new Errors();
        FieldPath path = FieldPath.root("spec");
        if (spec == null || old == null) {
            return errs.toList();
        }
        Long deadline = spec.activeDeadlineSeconds();
        if (old.activeDeadlineSeconds() != null) {
            if (deadline == null) {
                errs.invalid(path.child("activeDeadlineSeconds"), new PrintedValue("null"), "must not update from a positive integer to nil value");
            } else if (deadline > old.activeDeadlineSeconds()) {
                errs.invalid(path.child("activeDeadlineSeconds"), deadline, "must be less than or equal to previous value");
            }
        }
        errs.addAll(tolerations(spec.tolerations(), old.tolerations(), path.child("tolerations")));
        PodSpec comparable = spec.withContainers(withImagesOf(spec.containers(), old.containers()))
                .withInitContainers(withImagesOf(spec.initContainers(), old.initContainers()))
                .withActiveDeadlineSeconds(old.activeDeadlineSeconds())
                .withTolerations(old.tolerations())
                .withSchedulingGates(gatesRemovedOnly(spec, old) ? old.schedulingGates() : spec.schedulingGates());
        if (old.terminationGracePeriodSeconds() != null && old.terminationGracePeriodSeconds() < 0
                && Long.valueOf(1).equals(spec.terminationGracePeriodSeconds())) {
            comparable = comparable.withTerminationGracePeriodSeconds(old.terminationGracePeriodSeconds());
        }
        if (!comparable.equals(old)) {
            errs.forbidden(path, FORBIDDEN_MESSAGE);
        }
        return errs.toList();
    }

    /** The new containers with the old images, so that an image change alone compares equal. */
    private static List<Container> withImagesOf(List<Container> now, List<Container> before) {
        if (now == null || before == null || now.size() != before.size()) {
            return now;
        }
        List<Container> out = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            out.add(now.get(i).withImage(before.get(i).image()));
        }
        return out;
    }

    private static boolean gatesRemovedOnly(PodSpec spec, PodSpec old) {
        List<?> now = spec.schedulingGates() == null ? List.of() : spec.schedulingGates();
        List<?> before = old.schedulingGates() == null ? List.of() : old.schedulingGates();
        return before.containsAll(now);
    }

    /** Every old toleration must still be there, unchanged except a lower tolerationSeconds for NoExecute. */
    private static List<FieldError> tolerations(List<Toleration> now, List<Toleration> before, FieldPath path) {
        Errors errs = new Errors();
        List<Toleration> n = now == null ? List.of() : now;
        for (Toleration o : before == null ? List.<Toleration>of() : before) {
            boolean kept = n.stream().anyMatch(t -> sameExceptSeconds(t, o) && secondsNotRaised(t, o));
            if (!kept) {
                errs.forbidden(path, "existing toleration can not be modified except its tolerationSeconds");
                break;
            }
        }
        return errs.toList();
    }

    private static boolean sameExceptSeconds(Toleration a, Toleration b) {
        return Objects.equals(a.key(), b.key()) && Objects.equals(a.operator(), b.operator()) && Objects.equals(a.value(), b.value())
                && Objects.equals(a.effect(), b.effect());
    }

    private static boolean secondsNotRaised(Toleration now, Toleration before) {
        if (Objects.equals(now.tolerationSeconds(), before.tolerationSeconds())) {
            return true;
        }
        return "NoExecute".equals(now.effect()) && before.tolerationSeconds() != null && now.tolerationSeconds() != null
                && now.tolerationSeconds() <= before.tolerationSeconds();
    }
}
