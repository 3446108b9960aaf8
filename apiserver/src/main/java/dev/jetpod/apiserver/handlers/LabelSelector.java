package dev.jetpod.apiserver.handlers;

import dev.jetpod.api.errors.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A parsed {@code labelSelector} query: equality ({@code =}, {@code ==}, {@code !=}), set-based ({@code in},
 * {@code notin}), existence ({@code key}, {@code !key}); terms are ANDed. Bad syntax or label keys/values are 400.
 */
final class LabelSelector {
    private static final Pattern KEY = Pattern.compile("([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");
    private static final Pattern VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?");

    enum Op { EQUALS, NOT_EQUALS, IN, NOT_IN, EXISTS, DOES_NOT_EXIST }

    record Requirement(String key, Op op, Set<String> values) {
        boolean matches(Map<String, String> labels) {
            String v = labels.get(key);
            return switch (op) {
                case EQUALS, IN -> v != null && values.contains(v);
                case NOT_EQUALS, NOT_IN -> v == null || !values.contains(v);
                case EXISTS -> v != null;
                case DOES_NOT_EXIST -> v == null;
            };
        }
    }

    private final List<Requirement> requirements;

    private LabelSelector(List<Requirement> requirements) {
        this.requirements = requirements;
    }

    boolean isEmpty() {
        return requirements.isEmpty();
    }

    boolean matches(Map<String, String> labels) {
        for (Requirement r : requirements) {
            if (!r.matches(labels)) {
                return false;
            }
        }
        return true;
    }

    static LabelSelector parse(String s) {
        List<Requirement> out = new ArrayList<>();
        if (s == null || s.isBlank()) {
            return new LabelSelector(out);
        }
        for (String term : splitTopLevel(s)) {
            String t = term.trim();
            if (t.isEmpty()) {
                throw bad(s, "empty term");
            }
            out.add(parseTerm(s, t));
        }
        return new LabelSelector(out);
    }

    private static Requirement parseTerm(String whole, String t) {
        if (t.startsWith("!")) {
            return new Requirement(key(whole, t.substring(1).trim()), Op.DOES_NOT_EXIST, Set.of());
        }
        int paren = t.indexOf('(');
        if (paren > 0) {
            if (!t.endsWith(")")) {
                throw bad(whole, "missing ')' in '" + t + "'");
            }
            String head = t.substring(0, paren).trim();
            Op op;
            String k;
            if (head.endsWith(" notin")) {
                op = Op.NOT_IN;
                k = head.substring(0, head.length() - 6);
            } else if (head.endsWith(" in")) {
                op = Op.IN;
                k = head.substring(0, head.length() - 3);
            } else {
                throw bad(whole, "expected 'in' or 'notin' in '" + t + "'");
            }
            Set<String> vals = new LinkedHashSet<>();
            for (String v : t.substring(paren + 1, t.length() - 1).split(",")) {
                vals.add(value(whole, v.trim()));
            }
            return new Requirement(key(whole, k.trim()), op, vals);
        }
        int ne = t.indexOf("!=");
        if (ne > 0) {
            return new Requirement(key(whole, t.substring(0, ne).trim()), Op.NOT_EQUALS, Set.of(value(whole, t.substring(ne + 2).trim())));
        }
        int eq2 = t.indexOf("==");
        if (eq2 > 0) {
            return new Requirement(key(whole, t.substring(0, eq2).trim()), Op.EQUALS, Set.of(value(whole, t.substring(eq2 + 2).trim())));
        }
        int eq = t.indexOf('=');
        if (eq > 0) {
            return new Requirement(key(whole, t.substring(0, eq).trim()), Op.EQUALS, Set.of(value(whole, t.substring(eq + 1).trim())));
        }
        if (t.contains(" ") || t.contains("<") || t.contains(">")) {
            throw bad(whole, "unsupported term '" + t + "'");
        }
        return new Requirement(key(whole, t), Op.EXISTS, Set.of());
    }

    /** Commas inside parentheses belong to a value set, not to the term list. */
    private static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    private static String key(String whole, String k) {
        if (!KEY.matcher(k).matches() || k.length() > 316) {
            throw bad(whole, "invalid label key \"" + k + "\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character");
        }
        return k;
    }

    private static String value(String whole, String v) {
        if (!VALUE.matcher(v).matches()) {
            throw bad(whole, "invalid label value: \"" + v + "\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character");
        }
        return v;
    }

    private static ApiException bad(String whole, String why) {
        return ApiException.badRequest("unable to parse requirement: " + why + " (labelSelector \"" + whole + "\")");
    }
}
