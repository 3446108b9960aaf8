package dev.jetpod.api.rules;

import dev.jetpod.api.core.v1.Node;
import dev.jetpod.api.core.v1.NodeSpec;
import dev.jetpod.api.core.v1.NodeStatus;
import dev.jetpod.api.core.v1.Taint;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.api.validation.Errors;
import dev.jetpod.api.validation.FieldError;
import dev.jetpod.api.validation.FieldPath;
import dev.jetpod.api.validation.IpAddresses;
import dev.jetpod.api.validation.MetaValidation;
import dev.jetpod.api.validation.NameFormats;
import dev.jetpod.api.validation.SchedulingValidation;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Nodes: podCIDR and podCIDRs kept in step, allocatable defaults to capacity; CIDRs and providerID set once. */
public final class NodeRules extends BaseRules<Node> {
    private static final FieldPath SPEC = FieldPath.root("spec");

    public NodeRules() {
        super(Resources.NODES, MetaValidation::subdomainName, "spec.unschedulable");
    }

    @Override
    public Node applyDefaults(Node node) {
        Node out = node;
        NodeSpec s = node.spec();
        if (s != null) {
            if ((s.podCIDRs() == null || s.podCIDRs().isEmpty()) && s.podCIDR() != null && !s.podCIDR().isEmpty()) {
                s = s.withPodCIDRs(List.of(s.podCIDR()));
            } else if ((s.podCIDR() == null || s.podCIDR().isEmpty()) && s.podCIDRs() != null && !s.podCIDRs().isEmpty()) {
                s = s.withPodCIDR(s.podCIDRs().get(0));
            }
            out = out.withSpec(s);
        }
        NodeStatus st = node.status();
        if (st != null && st.allocatable() == null && st.capacity() != null) {
            out = out.withStatus(st.withAllocatable(st.capacity()));
        }
        return out;
    }

    @Override
    protected List<FieldError> validateObject(Node node) {
        Errors errs = new Errors();
        NodeSpec s = node.spec();
        if (s == null) {
            return errs.toList();
        }
        List<String> cidrs = s.podCIDRsOrEmpty();
        for (int i = 0; i < cidrs.size(); i++) {
            if (!IpAddresses.isCidr(cidrs.get(i))) {
                errs.invalid(SPEC.child("podCIDRs").index(i), cidrs.get(i), "must be a valid CIDR");
            }
        }
        if (cidrs.size() > 2) {
            errs.invalid(SPEC.child("podCIDRs"), cidrs.size(), "may specify no more than one CIDR for each IP family");
        }
        if (cidrs.size() == 2 && IpAddresses.isCidr(cidrs.get(0)) && IpAddresses.isCidr(cidrs.get(1))
                && cidrs.get(0).contains(":") == cidrs.get(1).contains(":")) {
            errs.invalid(SPEC.child("podCIDRs"), cidrs.size(), "may specify no more than one CIDR for each IP family");
        }
        errs.addAll(taints(s.taintsOrEmpty(), SPEC.child("taints")));
        return errs.toList();
    }

    static List<FieldError> taints(List<Taint> taints, FieldPath path) {
        Errors errs = new Errors();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < taints.size(); i++) {
            Taint t = taints.get(i);
            FieldPath idx = path.index(i);
            String key = t.key() == null ? "" : t.key();
            errs.invalidEach(idx.child("key"), key, NameFormats.qualifiedName(key));
            if (t.value() != null) {
                errs.invalidEach(idx.child("value"), t.value(), NameFormats.labelValue(t.value()));
            }
            if (t.effect() == null || t.effect().isEmpty()) {
                errs.required(idx.child("effect"));
            } else if (!SchedulingValidation.TAINT_EFFECTS.contains(t.effect())) {
                errs.notSupported(idx.child("effect"), t.effect(), SchedulingValidation.TAINT_EFFECTS);
            }
            if (!seen.add(key + ":" + t.effect())) {
                errs.duplicate(idx, key + ":" + t.effect());
            }
        }
        return errs.toList();
    }

    @Override
    protected List<FieldError> validateChange(Node node, Node old) {
        Errors errs = new Errors();
        NodeSpec s = node.spec() == null ? emptySpec() : node.spec();
        NodeSpec o = old.spec() == null ? emptySpec() : old.spec();
        if (!o.podCIDRsOrEmpty().isEmpty() && !Objects.equals(o.podCIDRsOrEmpty(), s.podCIDRsOrEmpty())) {
            errs.forbidden(SPEC.child("podCIDRs"), "node updates may not change podCIDR except from \"\" to valid");
        }
        if (o.providerID() != null && !o.providerID().isEmpty() && !o.providerID().equals(s.providerID())) {
            errs.forbidden(SPEC.child("providerID"), "node updates may not change providerID except from \"\" to valid");
        }
        return errs.toList();
    }

    private static NodeSpec emptySpec() {
        return new NodeSpec(null, null, null, null, null);
    }

    @Override
    protected void addFieldLabels(Node node, Map<String, String> out) {
        out.put("spec.unschedulable", node.spec() != null && Boolean.TRUE.equals(node.spec().unschedulable()) ? "true" : "false");
    }
}
