package dev.jetpod.apiserver.fieldvalidation;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.validation.FieldError;
import java.util.List;

/**
 * The {@code fieldValidation} directive of a create, update or patch: reject unknown and duplicate fields
 * (Strict), accept and warn about them (Warn, the default without the parameter, as in kube-apiserver since 1.27),
 * or drop them silently (Ignore).
 */
public enum FieldValidation {
    STRICT("Strict"), WARN("Warn"), IGNORE("Ignore");

    private final String wireName;

    FieldValidation(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /**
     * @param optionsKind "CreateOptions", "UpdateOptions" or "PatchOptions", named in the 422 for a bad value as
     *                    kube-apiserver names it
     */
    public static FieldValidation parse(String value, String optionsKind) {
        if (value == null || value.isEmpty()) {
            return WARN;
        }
        for (FieldValidation v : values()) {
            if (v.wireName.equals(value)) {
                return v;
            }
        }
        throw ApiException.invalid("meta.k8s.io", optionsKind, "", List.of(
                FieldError.notSupported("fieldValidation", value, List.of("Ignore", "Warn", "Strict")).toCause()));
    }
}
