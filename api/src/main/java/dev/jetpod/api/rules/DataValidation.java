package dev.jetpod.api.rules;

import dev.jetpod.api.validation.Errors;
import dev.jetpod.api.validation.FieldError;
import dev.jetpod.api.validation.FieldPath;
import dev.jetpod.api.validation.NameFormats;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** What ConfigMaps and Secrets share: valid keys, at most 1 MiB in total, and the {@code immutable} flag's rules. */
final class DataValidation {
    private DataValidation() {
    }

    /** MaxSecretSize, also the ConfigMap limit. */
    static final int MAX_SIZE = 1024 * 1024;
    private static final String IMMUTABLE = "field is immutable when `immutable` is set";

    static void keys(Errors errs, Map<String, ?> data, String field) {
        if (data == null) {
            return;
        }
        for (String k : data.keySet()) {
            errs.invalidEach(FieldPath.root(field).key(k), k, NameFormats.configMapKey(k));
        }
    }

    static long size(Map<String, String> strings, Map<String, byte[]> bytes) {
        long total = 0;
        if (strings != null) {
            for (Map.Entry<String, String> e : strings.entrySet()) {
                total += e.getKey().length() + (e.getValue() == null ? 0 : e.getValue().getBytes(StandardCharsets.UTF_8).length);
            }
        }
        if (bytes != null) {
            for (Map.Entry<String, byte[]> e : bytes.entrySet()) {
                total += e.getKey().length() + (e.getValue() == null ? 0 : e.getValue().length);
            }
        }
        return total;
    }

    static void limitSize(Errors errs, long size, String field) {
        if (size > MAX_SIZE) {
            errs.tooLong(FieldPath.root(field), MAX_SIZE);
        }
    }

    /** Once immutable, always immutable, and the data may not change. */
    static List<FieldError> immutability(Boolean immutable, Boolean wasImmutable, boolean dataEqual, boolean otherEqual, String dataField, String otherField) {
        Errors errs = new Errors();
        if (Boolean.TRUE.equals(wasImmutable)) {
            if (!Boolean.TRUE.equals(immutable)) {
                errs.forbidden(FieldPath.root("immutable"), IMMUTABLE);
            }
            if (!dataEqual) {
                errs.forbidden(FieldPath.root(dataField), IMMUTABLE);
            }
            if (!otherEqual) {
                errs.forbidden(FieldPath.root(otherField), IMMUTABLE);
            }
        }
        return errs.toList();
    }
}
