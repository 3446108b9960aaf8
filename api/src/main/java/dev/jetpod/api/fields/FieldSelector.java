package dev.jetpod.api.fields;

import dev.jetpod.api.labels.InvalidSelectorException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A field selector ({@code metadata.name=web,status.phase!=Running}): terms ANDed, matched against the field
 * labels a type's {@code TypeRules.fieldLabels} produces. Values may escape {@code \,} {@code \=} {@code \\}.
 * Parsing and wording follow Kubernetes' fields.ParseSelector.
 */
public final class FieldSelector {
    private static final FieldSelector EVERYTHING = new FieldSelector(List.of());

    private final List<FieldRequirement> requirements;

    private FieldSelector(List<FieldRequirement> requirements) {
        this.requirements = List.copyOf(requirements);
    }

    public static FieldSelector everything() {
        return EVERYTHING;
    }

    public static FieldSelector parse(String selector) {
        List<String> parts = splitTerms(selector);
        Collections.sort(parts);
        List<FieldRequirement> out = new ArrayList<>();
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            int[] at = findOperator(part);
            if (at == null) {
                throw new InvalidSelectorException("invalid selector: '" + selector + "'; can't understand '" + part + "'");
            }
            String op = part.substring(at[0], at[0] + at[1]);
            out.add(new FieldRequirement(part.substring(0, at[0]), !op.equals("!="), unescape(part.substring(at[0] + at[1]))));
        }
        return out.isEmpty() ? EVERYTHING : new FieldSelector(out);
    }

    /** Throws "field label not supported: X" for a field the type cannot be selected by (a 400 in the API). */
    public FieldSelector ensureSupported(Set<String> supportedFields) {
        for (FieldRequirement r : requirements) {
            if (!supportedFields.contains(r.field())) {
                throw new InvalidSelectorException("field label not supported: " + r.field());
            }
        }
        return this;
    }

    public boolean matches(Map<String, String> fields) {
        for (FieldRequirement r : requirements) {
            if (!r.matches(fields)) {
                return false;
            }
        }
        return true;
    }

    /** The value an {@code =} term pins {@code field} to, for index look-ups (spec.nodeName, metadata.name); else null. */
    public String requiredValue(String field) {
        for (FieldRequirement r : requirements) {
            if (r.equal() && r.field().equals(field)) {
                return r.value();
            }
        }
        return null;
    }

    public boolean isEverything() {
        return requirements.isEmpty();
    }

    public List<FieldRequirement> requirements() {
        return requirements;
    }

    @Override
    public String toString() {
        List<String> s = new ArrayList<>();
        requirements.forEach(r -> s.add(r.toString()));
        return String.join(",", s);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldSelector f && f.requirements.equals(requirements);
    }

    @Override
    public int hashCode() {
        return requirements.hashCode();
    }

    static String escape(String v) {
        return v.replace("\\", "\\\\").replace(",", "\\,").replace("=", "\\=");
    }

    /** Splits on commas that are not escaped, keeping escapes for {@link #unescape}. */
    private static List<String> splitTerms(String s) {
        List<String> out = new ArrayList<>();
        if (s.isEmpty()) {
            return out;
        }
        int start = 0;
        boolean escaped = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == ',') {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    /** Position and length of the first "!=", "==" or "=" (checked in that order at each position). */
    private static int[] findOperator(String term) {
        for (int i = 0; i < term.length(); i++) {
            if (term.startsWith("!=", i) || term.startsWith("==", i)) {
                return new int[] {i, 2};
            }
            if (term.charAt(i) == '=') {
                return new int[] {i, 1};
            }
        }
        return null;
    }

    private static String unescape(String v) {
        if (v.indexOf('\\') < 0 && v.indexOf('=') < 0 && v.indexOf(',') < 0) {
            return v;
        }
        StringBuilder b = new StringBuilder();
        boolean escaped = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (escaped) {
                if (c != '\\' && c != ',' && c != '=') {
                    throw new InvalidSelectorException("invalid field selector: invalid escape sequence: \\" + c);
                }
                b.append(c);
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == ',' || c == '=') {
                throw new InvalidSelectorException("invalid field selector: unescaped " + c + " in value: " + v);
            } else {
                b.append(c);
            }
        }
        if (escaped) {
            throw new InvalidSelectorException("invalid field selector: invalid escape sequence at the end of " + v);
        }
        return b.toString();
    }
}
