package dev.jetpod.api.validation;

import dev.jetpod.api.core.v1.ResourceRequirements;
import dev.jetpod.api.resource.Quantity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** ValidateResourceRequirements for containers: names, non-negative amounts, requests within limits. */
public final class ResourceValidation {
    private ResourceValidation() {
    }

    public static List<FieldError> validate(ResourceRequirements r, FieldPath path) {
        Errors errs = new Errors();
        if (r == null) {
            return errs.toList();
        }
        FieldPath limPath = path.child("limits");
        FieldPath reqPath = path.child("requests");
        Map<String, Quantity> limits = new TreeMap<>(r.limitsOrEmpty());
        Map<String, Quantity> requests = new TreeMap<>(r.requestsOrEmpty());
        limits.forEach((name, q) -> {
            errs.addAll(validateName(name, limPath.key(name)));
            errs.addAll(validateQuantity(name, q, limPath.key(name)));
        });
        requests.forEach((name, q) -> {
            errs.addAll(validateName(name, reqPath.key(name)));
            errs.addAll(validateQuantity(name, q, reqPath.key(name)));
            Quantity limit = limits.get(name);
            if (limit != null && q != null) {
                if (q.compareTo(limit) != 0 && !overcommitAllowed(name)) {
                    errs.invalid(reqPath, q.toString(), "must be equal to " + name + " limit of " + limit);
                } else if (q.compareTo(limit) > 0) {
                    errs.invalid(reqPath, q.toString(), "must be less than or equal to " + name + " limit of " + limit);
                }
            } else if (limit == null && !overcommitAllowed(name)) {
                errs.required(limPath, "Limit must be set for non overcommitable resources");
            }
        });
        return errs.toList();
    }

    /** validateContainerResourceName: cpu, memory, ephemeral-storage, hugepages-*, or a domain-qualified extended resource. */
    static List<FieldError> validateName(String name, FieldPath path) {
        Errors errs = new Errors();
        errs.invalidEach(path, name, NameFormats.qualifiedName(name));
        if (!name.contains("/")) {
            if (!standardContainerResource(name)) {
                errs.invalid(path, name, "must be a standard resource for containers");
            }
        } else if (!native_(name) && (name.startsWith("requests.") || name.contains("kubernetes.io/"))) {
            errs.invalid(path, name, "doesn't follow extended resource name standard");
        }
        return errs.toList();
    }

    static List<FieldError> validateQuantity(String name, Quantity q, FieldPath path) {
        Errors errs = new Errors();
        if (q == null) {
            return errs.toList();
        }
        if (q.signum() < 0) {
            errs.invalid(path, q.toString(), "must be greater than or equal to 0");
        }
        if (!native_(name) && q.toBigDecimal().stripTrailingZeros().scale() > 0) {
            errs.invalid(path, q.toString(), "must be an integer");
        }
        return errs.toList();
    }

    static boolean standardContainerResource(String name) {
        return name.equals("cpu") || name.equals("memory") || name.equals("ephemeral-storage") || name.startsWith("hugepages-");
    }

    /** Native resources may have requests below limits; hugepages and extended resources may not. */
    static boolean overcommitAllowed(String name) {
        return native_(name) && !name.startsWith("hugepages-");
    }

    private static boolean native_(String name) {
        return !name.contains("/") || name.contains("kubernetes.io/");
    }
}
