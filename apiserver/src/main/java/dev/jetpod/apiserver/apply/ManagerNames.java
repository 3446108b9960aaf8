package dev.jetpod.apiserver.apply;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.validation.FieldError;
import java.util.List;

/**
 * The name a write's changes are recorded under: the {@code fieldManager} parameter (kubectl sends
 * {@code kubectl-client-side-apply}, {@code kubectl-edit}, {@code kubectl-create}, …), or else the User-Agent up to its
 * first '/', as kube-apiserver derives it ({@code kubectl/v1.30.0 (linux/amd64)} → {@code kubectl}).
 */
public final class ManagerNames {
    private static final int MAX_LENGTH = 128;

    private ManagerNames() {
    }

    public static String of(String fieldManager, String userAgent, String optionsKind) {
        if (fieldManager != null && !fieldManager.isEmpty()) {
            return validated(fieldManager, optionsKind);
        }
        String ua = userAgent == null ? "" : userAgent;
        int slash = ua.indexOf('/');
        String prefix = slash >= 0 ? ua.substring(0, slash) : ua;
        return prefix.length() > MAX_LENGTH ? prefix.substring(0, MAX_LENGTH) : prefix;
    }

    /** Server-side apply needs a name for its owner: without one it is a 422, as in kube-apiserver. */
    public static String requiredForApply(String fieldManager) {
        if (fieldManager == null || fieldManager.isEmpty()) {
            throw ApiException.invalid("meta.k8s.io", "PatchOptions", "", List.of(
                    FieldError.required("fieldManager", "is required for apply patch").toCause()));
        }
        return validated(fieldManager, "PatchOptions");
    }

    private static String validated(String name, String optionsKind) {
        if (name.length() > MAX_LENGTH) {
            throw ApiException.invalid("meta.k8s.io", optionsKind, "", List.of(FieldError.tooLong("fieldManager", name, MAX_LENGTH).toCause()));
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw ApiException.invalid("meta.k8s.io", optionsKind, "", List.of(
                        FieldError.invalid("fieldManager", name, "must only contain printable characters").toCause()));
            }
        }
        return name;
    }
}
