package dev.jetpod.api.fields;

import java.util.Map;

/** One term of a field selector: {@code field=value} (also written {@code ==}) or {@code field!=value}. */
public record FieldRequirement(String field, boolean equal, String value) {
    /** A field a type does not expose counts as "" (as in Kubernetes' fields.Set). */
    public boolean matches(Map<String, String> fields) {
        String actual = fields.getOrDefault(field, "");
        return equal == actual.equals(value);
    }

    @Override
    public String toString() {
        return field + (equal ? "=" : "!=") + FieldSelector.escape(value);
    }
}
