package dev.jetpod.apiserver.handlers;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.TypeRules;
import dev.jetpod.apiserver.storage.ObjectFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a request's {@code labelSelector} and {@code fieldSelector} into one {@link ObjectFilter}. Field
 * selectors may only name the keys the type's rules expose (else 400, as kube-apiserver answers
 * {@code field label not supported: spec.foo}).
 */
final class ListFilters {
    private ListFilters() {
    }

    static <T extends KubeObject<T>> ObjectFilter<T> compile(ResourceCall<T> call) {
        TypeRules<T> rules = call.resource().admission().rules();
        LabelSelector labels = LabelSelector.parse(call.query("labelSelector"));
        List<FieldRequirement> fields = parseFields(call.query("fieldSelector"), rules.fieldSelectorKeys());
        if (labels.isEmpty() && fields.isEmpty()) {
            return ObjectFilter.everything();
        }
        return o -> labels.matches(o.metadata().labelsOrEmpty()) && (fields.isEmpty() || matchesFields(fields, rules.fieldLabels(o)));
    }

    private static boolean matchesFields(List<FieldRequirement> reqs, Map<String, String> values) {
        for (FieldRequirement r : reqs) {
            String v = values.getOrDefault(r.key, "");
            if (v == null) {
                v = "";
            }
            if (r.equal != v.equals(r.value)) {
                return false;
            }
        }
        return true;
    }

    record FieldRequirement(String key, String value, boolean equal) {
    }

    static List<FieldRequirement> parseFields(String selector, Set<String> allowed) {
        List<FieldRequirement> out = new ArrayList<>();
        if (selector == null || selector.isBlank()) {
            return out;
        }
        for (String term : splitTerms(selector)) {
            String t = term.trim();
            if (t.isEmpty()) {
                continue;
            }
            FieldRequirement r;
            int ne = t.indexOf("!=");
            int eq2 = t.indexOf("==");
            int eq = t.indexOf('=');
            if (ne > 0) {
                r = new FieldRequirement(t.substring(0, ne).trim(), unescape(t.substring(ne + 2).trim()), false);
            } else if (eq2 > 0) {
                r = new FieldRequirement(t.substring(0, eq2).trim(), unescape(t.substring(eq2 + 2).trim()), true);
            } else if (eq > 0) {
                r = new FieldRequirement(t.substring(0, eq).trim(), unescape(t.substring(eq + 1).trim()), true);
            } else {
                throw ApiException.badRequest("invalid field selector: '" + selector + "': invalid selector: '" + t + "'; can't understand '" + t + "'");
            }
            if (!allowed.contains(r.key)) {
                throw ApiException.badRequest("field label not supported: " + r.key);
            }
            out.add(r);
        }
        return out;
    }

    /** Splits on commas not escaped with a backslash (field values may contain "\,"). */
    private static List<String> splitTerms(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                cur.append(c).append(s.charAt(++i));
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static String unescape(String v) {
        return v.replace("\\,", ",").replace("\\=", "=").replace("\\\\", "\\");
    }
}
