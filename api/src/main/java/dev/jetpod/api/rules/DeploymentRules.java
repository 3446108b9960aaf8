package dev.jetpod.api.rules;

import dev.jetpod.api.apps.v1.Deployment;
import dev.jetpod.api.apps.v1.DeploymentSpec;
import dev.jetpod.api.apps.v1.DeploymentStrategy;
import dev.jetpod.api.apps.v1.RollingUpdateDeployment;
import dev.jetpod.api.intstr.IntOrString;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.api.validation.Errors;
import dev.jetpod.api.validation.FieldError;
import dev.jetpod.api.validation.FieldPath;
import dev.jetpod.api.validation.MetaValidation;
import dev.jetpod.api.validation.WorkloadValidation;
import java.util.List;

/**
 * apps/v1 Deployments: replicas 1, strategy RollingUpdate with maxUnavailable and maxSurge 25%, revisionHistoryLimit
 * 10, progressDeadlineSeconds 600; the ReplicaSet rules for selector and template, plus strategy rules.
 */
public final class DeploymentRules extends BaseRules<Deployment> {
    private static final FieldPath SPEC = FieldPath.root("spec");
    private static final IntOrString QUARTER = IntOrString.of("25%");
    private static final String PERCENT_MSG = "a valid percent string must be a numeric string followed by an ending '%' "
            + "(e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";

    public DeploymentRules() {
        super(Resources.DEPLOYMENTS, MetaValidation::subdomainName);
    }

    @Override
    public Deployment applyDefaults(Deployment d) {
        DeploymentSpec s = d.spec();
        if (s == null) {
            return d;
        }
        if (s.replicas() == null) {
            s = s.withReplicas(1);
        }
        DeploymentStrategy st = s.strategy() == null ? new DeploymentStrategy(null, null) : s.strategy();
        String type = st.type() == null || st.type().isEmpty() ? "RollingUpdate" : st.type();
        RollingUpdateDeployment ru = st.rollingUpdate();
        if (type.equals("RollingUpdate")) {
            ru = ru == null ? new RollingUpdateDeployment(QUARTER, QUARTER)
                    : new RollingUpdateDeployment(ru.maxUnavailable() == null ? QUARTER : ru.maxUnavailable(), ru.maxSurge() == null ? QUARTER : ru.maxSurge());
        }
        s = s.withStrategy(new DeploymentStrategy(type, ru));
        if (s.revisionHistoryLimit() == null) {
            s = s.withRevisionHistoryLimit(10);
        }
        if (s.progressDeadlineSeconds() == null) {
            s = s.withProgressDeadlineSeconds(600);
        }
        return d.withSpec(s.withTemplate(ReplicaSetRules.defaultTemplate(s.template())));
    }

    @Override
    protected List<FieldError> validateObject(Deployment d) {
        DeploymentSpec s = d.spec();
        if (s == null) {
            return new Errors().required(SPEC).toList();
        }
        Errors errs = new Errors()
                .nonNegative(SPEC.child("replicas"), s.replicas())
                .nonNegative(SPEC.child("minReadySeconds"), s.minReadySeconds())
                .nonNegative(SPEC.child("revisionHistoryLimit"), s.revisionHistoryLimit())
                .addAll(WorkloadValidation.selectorAndTemplate(s.selector(), s.template(), SPEC))
                .addAll(strategy(s.strategy(), SPEC.child("strategy")));
        if (s.progressDeadlineSeconds() != null) {
            errs.nonNegative(SPEC.child("progressDeadlineSeconds"), s.progressDeadlineSeconds());
            int minReady = s.minReadySeconds() == null ? 0 : s.minReadySeconds();
            if (s.progressDeadlineSeconds() <= minReady) {
                errs.invalid(SPEC.child("progressDeadlineSeconds"), s.progressDeadlineSeconds(), "must be greater than minReadySeconds");
            }
        }
        return errs.toList();
    }

    private static List<FieldError> strategy(DeploymentStrategy st, FieldPath path) {
        Errors errs = new Errors();
        if (st == null) {
            return errs.toList();
        }
        String type = st.type() == null ? "" : st.type();
        switch (type) {
            case "Recreate" -> {
                if (st.rollingUpdate() != null) {
                    errs.forbidden(path.child("rollingUpdate"), "may not be specified when strategy `type` is 'Recreate'");
                }
            }
            case "RollingUpdate" -> {
                if (st.rollingUpdate() == null) {
                    errs.required(path.child("rollingUpdate"), "this should be defaulted and never be nil");
                } else {
                    errs.addAll(rollingUpdate(st.rollingUpdate(), path.child("rollingUpdate")));
                }
            }
            default -> errs.notSupported(path.child("type"), type, List.of("Recreate", "RollingUpdate"));
        }
        return errs.toList();
    }

    private static List<FieldError> rollingUpdate(RollingUpdateDeployment ru, FieldPath path) {
        Errors errs = new Errors();
        errs.addAll(intOrPercent(ru.maxUnavailable(), path.child("maxUnavailable")));
        errs.addAll(intOrPercent(ru.maxSurge(), path.child("maxSurge")));
        if (isZero(ru.maxUnavailable()) && isZero(ru.maxSurge())) {
            errs.invalid(path.child("maxUnavailable"), ru.maxUnavailable().toString(), "may not be 0 when `maxSurge` is 0");
        }
        if (ru.maxUnavailable() != null && ru.maxUnavailable().isPercent() && percent(ru.maxUnavailable()) > 100) {
            errs.invalid(path.child("maxUnavailable"), ru.maxUnavailable().toString(), "must not be greater than 100%");
        }
        return errs.toList();
    }

    private static List<FieldError> intOrPercent(IntOrString v, FieldPath path) {
        Errors errs = new Errors();
        if (v == null) {
            return errs.toList();
        }
        if (v.isInt()) {
            errs.nonNegative(path, v.intValue());
        } else if (!v.stringValue().matches("[0-9]+%")) {
            errs.invalid(path, v.stringValue(), PERCENT_MSG);
        }
        return errs.toList();
    }

    private static boolean isZero(IntOrString v) {
        if (v == null) {
            return false;
        }
        return v.isInt() ? v.intValue() == 0 : v.stringValue().matches("[0-9]+%") && percent(v) == 0;
    }

    private static long percent(IntOrString v) {
        String s = v.stringValue();
        return s.matches("[0-9]{1,9}%") ? Long.parseLong(s.substring(0, s.length() - 1)) : Long.MAX_VALUE;
    }

    @Override
    protected List<FieldError> validateChange(Deployment d, Deployment old) {
        if (d.spec() == null || old.spec() == null) {
            return List.of();
        }
        return WorkloadValidation.selectorUnchanged(d.spec().selector(), old.spec().selector(), SPEC);
    }
}
