package dev.jetpod.api.rules;

import dev.jetpod.api.apps.v1.ReplicaSet;
import dev.jetpod.api.apps.v1.ReplicaSetSpec;
import dev.jetpod.api.core.v1.PodTemplateSpec;
import dev.jetpod.api.defaults.PodSpecDefaults;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.api.validation.Errors;
import dev.jetpod.api.validation.FieldError;
import dev.jetpod.api.validation.FieldPath;
import dev.jetpod.api.validation.MetaValidation;
import dev.jetpod.api.validation.WorkloadValidation;
import java.util.List;
import java.util.Map;

/** apps/v1 ReplicaSets: replicas default 1; selector required, matching the template, immutable. */
public final class ReplicaSetRules extends BaseRules<ReplicaSet> {
    private static final FieldPath SPEC = FieldPath.root("spec");

    public ReplicaSetRules() {
        super(Resources.REPLICASETS, MetaValidation::subdomainName, "status.replicas");
    }

    @Override
    public ReplicaSet applyDefaults(ReplicaSet rs) {
        ReplicaSetSpec s = rs.spec();
        if (s == null) {
            return rs;
        }
        if (s.replicas() == null) {
            s = s.withReplicas(1);
        }
        return rs.withSpec(s.withTemplate(defaultTemplate(s.template())));
    }

    static PodTemplateSpec defaultTemplate(PodTemplateSpec t) {
        return t == null ? null : t.withSpec(PodSpecDefaults.apply(t.spec()));
    }

    @Override
    protected List<FieldError> validateObject(ReplicaSet rs) {
        ReplicaSetSpec s = rs.spec();
        if (s == null) {
            return new Errors().required(SPEC).toList();
        }
        return new Errors()
                .nonNegative(SPEC.child("replicas"), s.replicas())
                .nonNegative(SPEC.child("minReadySeconds"), s.minReadySeconds())
                .addAll(WorkloadValidation.selectorAndTemplate(s.selector(), s.template(), SPEC))
                .toList();
    }

    @Override
    protected List<FieldError> validateChange(ReplicaSet rs, ReplicaSet old) {
        if (rs.spec() == null || old.spec() == null) {
            return List.of();
        }
        return WorkloadValidation.selectorUnchanged(rs.spec().selector(), old.spec().selector(), SPEC);
    }

    @Override
    protected void addFieldLabels(ReplicaSet rs, Map<String, String> out) {
        out.put("status.replicas", rs.status() == null ? "0" : String.valueOf(rs.status().replicas()));
    }
}
