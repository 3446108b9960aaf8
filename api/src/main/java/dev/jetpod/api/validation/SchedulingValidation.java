package dev.jetpod.api.validation;

import dev.jetpod.api.core.v1.Affinity;
import dev.jetpod.api.core.v1.NodeSelector;
import dev.jetpod.api.core.v1.NodeSelectorRequirement;
import dev.jetpod.api.core.v1.NodeSelectorTerm;
import dev.jetpod.api.core.v1.PodAffinityTerm;
import dev.jetpod.api.core.v1.PreferredSchedulingTerm;
import dev.jetpod.api.core.v1.Toleration;
import dev.jetpod.api.core.v1.WeightedPodAffinityTerm;
import dev.jetpod.api.labels.InvalidSelectorException;
import dev.jetpod.api.labels.Selector;
import java.util.List;

/** Where a pod may run: tolerations, node affinity, pod (anti-)affinity. */
public final class SchedulingValidation {
    private SchedulingValidation() {
    }

    public static final List<String> TAINT_EFFECTS = List.of("NoSchedule", "PreferNoSchedule", "NoExecute");

    public static List<FieldError> tolerations(List<Toleration> tolerations, FieldPath path) {
        Errors errs = new Errors();
        if (tolerations == null) {
            return errs.toList();
        }
        for (int i = 0; i < tolerations.size(); i++) {
            Toleration t = tolerations.get(i);
            FieldPath idx = path.index(i);
            String key = t.key() == null ? "" : t.key();
            String op = t.operator() == null ? "" : t.operator();
            String value = t.value() == null ? "" : t.value();
            if (!key.isEmpty()) {
                errs.invalidEach(idx.child("key"), key, NameFormats.qualifiedName(key));
            }
            if (key.isEmpty() && !op.equals("Exists")) {
                errs.invalid(idx.child("operator"), op, "operator must be Exists when `key` is empty, which means \"match all values and all keys\"");
            }
            if (t.tolerationSeconds() != null && !"NoExecute".equals(t.effect())) {
                errs.invalid(idx.child("effect"), t.effect() == null ? "" : t.effect(), "effect must be 'NoExecute' when `tolerationSeconds` is set");
            }
            switch (op) {
                case "", "Equal" -> {
                    List<String> msgs = NameFormats.labelValue(value);
                    if (!msgs.isEmpty()) {
                        errs.invalid(idx.child("operator"), value, String.join(";", msgs));
                    }
                }
                case "Exists" -> {
                    if (!value.isEmpty()) {
                        errs.invalid(idx.child("operator"), value, "value must be empty when `operator` is 'Exists'");
                    }
                }
                default -> errs.notSupported(idx.child("operator"), op, List.of("Equal", "Exists"));
            }
            if (t.effect() != null && !t.effect().isEmpty() && !TAINT_EFFECTS.contains(t.effect())) {
                errs.notSupported(idx.child("effect"), t.effect(), TAINT_EFFECTS);
            }
        }
        return errs.toList();
    }

    public static List<FieldError> affinity(Affinity a, FieldPath path) {
        Errors errs = new Errors();
        if (a == null) {
            return errs.toList();
        }
        if (a.nodeAffinity() != null) {
            FieldPath p = path.child("nodeAffinity");
            if (a.nodeAffinity().requiredDuringSchedulingIgnoredDuringExecution() != null) {
                errs.addAll(nodeSelector(a.nodeAffinity().requiredDuringSchedulingIgnoredDuringExecution(),
                        p.child("requiredDuringSchedulingIgnoredDuringExecution")));
            }
            List<PreferredSchedulingTerm> preferred = a.nodeAffinity().preferredDuringSchedulingIgnoredDuringExecution();
            if (preferred != null) {
                for (int i = 0; i < preferred.size(); i++) {
                    FieldPath idx = p.child("preferredDuringSchedulingIgnoredDuringExecution").index(i);
                    weight(errs, preferred.get(i).weight(), idx.child("weight"));
                    errs.addAll(nodeSelectorTerm(preferred.get(i).preference(), idx.child("preference")));
                }
            }
        }
        if (a.podAffinity() != null) {
            errs.addAll(podAffinityTerms(a.podAffinity().requiredDuringSchedulingIgnoredDuringExecution(),
                    a.podAffinity().preferredDuringSchedulingIgnoredDuringExecution(), path.child("podAffinity")));
        }
        if (a.podAntiAffinity() != null) {
            errs.addAll(podAffinityTerms(a.podAntiAffinity().requiredDuringSchedulingIgnoredDuringExecution(),
                    a.podAntiAffinity().preferredDuringSchedulingIgnoredDuringExecution(), path.child("podAntiAffinity")));
        }
        return errs.toList();
    }

    static List<FieldError> nodeSelector(NodeSelector ns, FieldPath path) {
        Errors errs = new Errors();
        if (ns.nodeSelectorTerms() == null || ns.nodeSelectorTerms().isEmpty()) {
            return errs.required(path.child("nodeSelectorTerms"), "must have at least one node selector term").toList();
        }
        for (int i = 0; i < ns.nodeSelectorTerms().size(); i++) {
            errs.addAll(nodeSelectorTerm(ns.nodeSelectorTerms().get(i), path.child("nodeSelectorTerms").index(i)));
        }
        return errs.toList();
    }

    static List<FieldError> nodeSelectorTerm(NodeSelectorTerm term, FieldPath path) {
        Errors errs = new Errors();
        if (term == null) {
            return errs.toList();
        }
        if (term.matchExpressions() != null) {
            for (int i = 0; i < term.matchExpressions().size(); i++) {
                errs.addAll(nodeSelectorRequirement(term.matchExpressions().get(i), path.child("matchExpressions").index(i)));
            }
        }
        if (term.matchFields() != null) {
            for (int i = 0; i < term.matchFields().size(); i++) {
                NodeSelectorRequirement r = term.matchFields().get(i);
                FieldPath idx = path.child("matchFields").index(i);
                if (!"metadata.name".equals(r.key())) {
                    errs.invalid(idx.child("key"), r.key() == null ? "" : r.key(), "not a valid field selector key");
                }
                if (!"In".equals(r.operator()) && !"NotIn".equals(r.operator())) {
                    errs.notSupported(idx.child("operator"), r.operator() == null ? "" : r.operator(), List.of("In", "NotIn"));
                } else if (r.values() == null || r.values().size() != 1) {
                    errs.required(idx.child("values"), "must be only one value when `operator` is 'In' or 'NotIn' for node field selector");
                }
            }
        }
        return errs.toList();
    }

    static List<FieldError> nodeSelectorRequirement(NodeSelectorRequirement r, FieldPath path) {
        Errors errs = new Errors();
        int values = r.values() == null ? 0 : r.values().size();
        String op = r.operator() == null ? "" : r.operator();
        switch (op) {
            case "In", "NotIn" -> {
                if (values == 0) {
                    errs.required(path.child("values"), "must be specified when `operator` is 'In' or 'NotIn'");
                }
            }
            case "Exists", "DoesNotExist" -> {
                if (values > 0) {
                    errs.forbidden(path.child("values"), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
                }
            }
            case "Gt", "Lt" -> {
                if (values != 1) {
                    errs.required(path.child("values"), "must be specified single value when `operator` is 'Lt' or 'Gt'");
                } else if (!r.values().get(0).matches("-?[0-9]+")) {
                    errs.invalid(path.child("values").index(0), r.values().get(0), "must be an integer");
                }
            }
            default -> errs.notSupported(path.child("operator"), op, List.of("DoesNotExist", "Exists", "Gt", "In", "Lt", "NotIn"));
        }
        errs.invalidEach(path.child("key"), r.key() == null ? "" : r.key(), NameFormats.qualifiedName(r.key() == null ? "" : r.key()));
        return errs.toList();
    }

    private static List<FieldError> podAffinityTerms(List<PodAffinityTerm> required, List<WeightedPodAffinityTerm> preferred, FieldPath path) {
        Errors errs = new Errors();
        if (required != null) {
            for (int i = 0; i < required.size(); i++) {
                errs.addAll(podAffinityTerm(required.get(i), path.child("requiredDuringSchedulingIgnoredDuringExecution").index(i)));
            }
        }
        if (preferred != null) {
            for (int i = 0; i < preferred.size(); i++) {
                FieldPath idx = path.child("preferredDuringSchedulingIgnoredDuringExecution").index(i);
                weight(errs, preferred.get(i).weight(), idx.child("weight"));
                if (preferred.get(i).podAffinityTerm() == null) {
                    errs.required(idx.child("podAffinityTerm"));
                } else {
                    errs.addAll(podAffinityTerm(preferred.get(i).podAffinityTerm(), idx.child("podAffinityTerm")));
                }
            }
        }
        return errs.toList();
    }

    private static List<FieldError> podAffinityTerm(PodAffinityTerm t, FieldPath path) {
        Errors errs = new Errors();
        if (t.topologyKey() == null || t.topologyKey().isEmpty()) {
            errs.required(path.child("topologyKey"), "can not be empty");
        } else {
            errs.invalidEach(path.child("topologyKey"), t.topologyKey(), NameFormats.qualifiedName(t.topologyKey()));
        }
        errs.addAll(labelSelector(t.labelSelector(), path.child("labelSelector")));
        errs.addAll(labelSelector(t.namespaceSelector(), path.child("namespaceSelector")));
        if (t.namespaces() != null) {
            for (String ns : t.namespaces()) {
                errs.invalidEach(path.child("namespace"), ns, NameFormats.dns1123Label(ns));
            }
        }
        return errs.toList();
    }

    /** A metav1.LabelSelector that Selector.from would reject, reported at its path. */
    public static List<FieldError> labelSelector(dev.jetpod.api.meta.LabelSelector ls, FieldPath path) {
        if (ls == null) {
            return List.of();
        }
        try {
            Selector.from(ls);
            return List.of();
        } catch (InvalidSelectorException e) {
            return new Errors().invalid(path, PrintedValue.of(ls.matchLabels()), e.getMessage()).toList();
        }
    }

    private static void weight(Errors errs, int weight, FieldPath path) {
        if (weight < 1 || weight > 100) {
            errs.invalid(path, weight, "must be in the range 1-100");
        }
    }
}
