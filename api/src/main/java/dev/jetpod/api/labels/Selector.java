package dev.jetpod.api.labels;

import dev.jetpod.api.meta.LabelSelector;
import dev.jetpod.api.meta.LabelSelectorRequirement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A label selector: requirements ANDed together, sorted by key as Kubernetes keeps them. {@link #everything()}
 * (no requirements) matches all label sets; {@link #nothing()} matches none (what a nil metav1.LabelSelector means).
 * Build one with {@link #parse}, {@link #from(LabelSelector)} or {@link #fromSet}; print it back with toString.
 */
public final class Selector {
    private static final Selector EVERYTHING = new Selector(List.of(), false);
    private static final Selector NOTHING = new Selector(List.of(), true);

    private final List<Requirement> requirements;
    private final boolean nothing;

    private Selector(List<Requirement> requirements, boolean nothing) {
        List<Requirement> sorted = new ArrayList<>(requirements);
        sorted.sort(Comparator.comparing(Requirement::key));
        this.requirements = List.copyOf(sorted);
        this.nothing = nothing;
    }

    public static Selector everything() {
        return EVERYTHING;
    }

    public static Selector nothing() {
        return NOTHING;
    }

    public static Selector of(List<Requirement> requirements) {
        return requirements.isEmpty() ? EVERYTHING : new Selector(requirements, false);
    }

    /** Parses the string form ({@code app=web,tier in (a,b),!canary}); throws {@link InvalidSelectorException}. */
    public static Selector parse(String selector) {
        return of(new SelectorParser(selector).parse());
    }

    /** SelectorFromSet: key=value for each entry. */
    public static Selector fromSet(Map<String, String> labels) {
        if (labels == null || labels.isEmpty()) {
            return EVERYTHING;
        }
        List<Requirement> rs = new ArrayList<>();
        new TreeMap<>(labels).forEach((k, v) -> rs.add(Requirement.of(k, Operator.EQUALS, List.of(v))));
        return of(rs);
    }

    /**
     * LabelSelectorAsSelector: null matches nothing, an empty selector matches everything, otherwise matchLabels and
     * matchExpressions (In, NotIn, Exists, DoesNotExist) ANDed.
     */
    public static Selector from(LabelSelector ls) {
        if (ls == null) {
            return NOTHING;
        }
        Map<String, String> matchLabels = ls.matchLabels() == null ? Map.of() : ls.matchLabels();
        List<LabelSelectorRequirement> exprs = ls.matchExpressions() == null ? List.of() : ls.matchExpressions();
        if (matchLabels.isEmpty() && exprs.isEmpty()) {
            return EVERYTHING;
        }
        List<Requirement> rs = new ArrayList<>();
        new TreeMap<>(matchLabels).forEach((k, v) -> rs.add(Requirement.of(k, Operator.EQUALS, List.of(v))));
        for (LabelSelectorRequirement e : exprs) {
            Operator op = switch (e.operator() == null ? "" : e.operator()) {
                case "In" -> Operator.IN;
                case "NotIn" -> Operator.NOT_IN;
                case "Exists" -> Operator.EXISTS;
                case "DoesNotExist" -> Operator.DOES_NOT_EXIST;
                default -> throw new InvalidSelectorException("\"" + e.operator() + "\" is not a valid label selector operator");
            };
            rs.add(Requirement.of(e.key() == null ? "" : e.key(), op, e.values() == null ? List.of() : e.values()));
        }
        return of(rs);
    }

    public boolean matches(Map<String, String> labels) {
        if (nothing) {
            return false;
        }
        Map<String, String> l = labels == null ? Map.of() : labels;
        for (Requirement r : requirements) {
            if (!r.matches(l)) {
                return false;
            }
        }
        return true;
    }

    /** True when it matches every label set. */
    public boolean isEverything() {
        return !nothing && requirements.isEmpty();
    }

    public boolean isNothing() {
        return nothing;
    }

    public List<Requirement> requirements() {
        return requirements;
    }

    /**
     * The single value a requirement pins {@code key} to (= or == or a one-value in), for index look-ups; else null.
     */
    public String requiredValue(String key) {
        for (Requirement r : requirements) {
            if (r.key().equals(key) && r.values().size() == 1
                    && (r.operator() == Operator.EQUALS || r.operator() == Operator.DOUBLE_EQUALS || r.operator() == Operator.IN)) {
                return r.values().get(0);
            }
        }
        return null;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Requirement r : requirements) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(r);
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Selector s && s.nothing == nothing && s.requirements.equals(requirements);
    }

    @Override
    public int hashCode() {
        return requirements.hashCode() * 31 + (nothing ? 1 : 0);
    }
}
