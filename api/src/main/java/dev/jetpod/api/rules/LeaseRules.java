package dev.jetpod.api.rules;

import dev.jetpod.api.coordination.v1.Lease;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.api.validation.Errors;
import dev.jetpod.api.validation.FieldError;
import dev.jetpod.api.validation.FieldPath;
import dev.jetpod.api.validation.MetaValidation;
import java.util.List;

/** coordination.k8s.io/v1 Leases: a positive duration and a non-negative transition count. */
public final class LeaseRules extends BaseRules<Lease> {
    public LeaseRules() {
        super(Resources.LEASES, MetaValidation::subdomainName);
    }

    @Override
    protected List<FieldError> validateObject(Lease l) {
        if (l.spec() == null) {
            return List.of();
        }
        FieldPath spec = FieldPath.root("spec");
        return new Errors()
                .positive(spec.child("leaseDurationSeconds"), l.spec().leaseDurationSeconds())
                .nonNegative(spec.child("leaseTransitions"), l.spec().leaseTransitions())
                .toList();
    }
}
