package dev.jetpod.api.labels;

import dev.jetpod.api.validation.NameFormats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One condition of a label selector: a key, an operator and (for all but exists/!exists) values. Built only through
 * {@link #of}, which validates like Kubernetes' NewRequirement, so a Requirement in hand is always usable.
 * Values are kept sorted and de-duplicated, which is also how they print.
 */
public record Requirement(String key, Operator operator, List<String> values) {
    public Requirement {
        values = List.copyOf(values);
    }

    public static Requirement of(String key, Operator op, List<String> values) {
        List<String> errs = new ArrayList<>();
        for (String m : NameFormats.qualifiedName(key)) {
            errs.add("key: Invalid value: \"" + key + "\": " + m);
        }
        switch (op) {
            case IN, NOT_IN -> {
                if (values.isEmpty()) {
                    errs.add("values: Invalid value: " + values + ": for 'in', 'notin' operators, values set can't be empty");
                }
            }
            case EQUALS, DOUBLE_EQUALS, NOT_EQUALS -> {
                if (values.size() != 1) {
                    errs.add("values: Invalid value: " + values + ": exact-match compatibility requires one single value");
                }
            }
            case EXISTS, DOES_NOT_EXIST -> {
                if (!values.isEmpty()) {
                    errs.add("values: Invalid value: " + values + ": values set must be empty for exists and does not exist");
                }
            }
            case GREATER_THAN, LESS_THAN -> {
                if (values.size() != 1) {
                    errs.add("values: Invalid value: " + values + ": for 'Gt', 'Lt' operators, exactly one value is required");
                }
                for (int i = 0; i < values.size(); i++) {
                    if (parseLong(values.get(i)) == null) {
                        errs.add("values[" + i + "]: Invalid value: \"" + values.get(i) + "\": for 'Gt', 'Lt' operators, the value must be an integer");
                    }
                }
            }
        }
        for (int i = 0; i < values.size(); i++) {
            for (String m : NameFormats.labelValue(values.get(i))) {
                errs.add("values[" + i + "][" + key + "]: Invalid value: \"" + values.get(i) + "\": " + m);
            }
        }
        if (!errs.isEmpty()) {
            throw new InvalidSelectorException(errs.size() == 1 ? errs.get(0) : "[" + String.join(", ", errs) + "]");
        }
        return new Requirement(key, op, new ArrayList<>(new TreeSet<>(values)));
    }

    public boolean matches(Map<String, String> labels) {
        String v = labels.get(key);
        boolean has = labels.containsKey(key);
        return switch (operator) {
            case EQUALS, DOUBLE_EQUALS, IN -> has && values.contains(v);
            case NOT_EQUALS, NOT_IN -> !has || !values.contains(v);
            case EXISTS -> has;
            case DOES_NOT_EXIST -> !has;
            case GREATER_THAN, LESS_THAN -> {
                Long actual = has ? parseLong(v) : null;
                Long bound = values.size() == 1 ? parseLong(values.get(0)) : null;
                yield actual != null && bound != null && (operator == Operator.GREATER_THAN ? actual > bound : actual < bound);
            }
        };
    }

    /** The selector-string form: {@code app=web}, {@code tier in (a,b)}, {@code !canary}, {@code replicas>2}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (operator == Operator.DOES_NOT_EXIST) {
            b.append('!');
        }
        b.append(key);
        switch (operator) {
            case EQUALS -> b.append('=');
            case DOUBLE_EQUALS -> b.append("==");
            case NOT_EQUALS -> b.append("!=");
            case IN -> b.append(" in (");
            case NOT_IN -> b.append(" notin (");
            case GREATER_THAN -> b.append('>');
            case LESS_THAN -> b.append('<');
            case EXISTS, DOES_NOT_EXIST -> {
                return b.toString();
            }
        }
        b.append(String.join(",", values));
        if (operator == Operator.IN || operator == Operator.NOT_IN) {
            b.append(')');
        }
        return b.toString();
    }

    private static Long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
