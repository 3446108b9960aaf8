package dev.jetpod.api.rules;

import dev.jetpod.api.core.v1.Binding;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.api.validation.Errors;
import dev.jetpod.api.validation.FieldError;
import dev.jetpod.api.validation.FieldPath;
import dev.jetpod.api.validation.MetaValidation;
import java.util.List;

/** Bindings (pods/binding): the target must be a Node, by name. */
public final class BindingRules extends BaseRules<Binding> {
    public BindingRules() {
        super(Resources.BINDINGS, MetaValidation::subdomainName);
    }

    @Override
    protected List<FieldError> validateObject(Binding b) {
        Errors errs = new Errors();
        FieldPath target = FieldPath.root("target");
        String kind = b.target() == null ? null : b.target().kind();
        if (kind != null && !kind.isEmpty() && !kind.equals("Node")) {
            errs.notSupported(target.child("kind"), kind, List.of("Node", "<empty>"));
        }
        if (b.target() == null || b.target().name() == null || b.target().name().isEmpty()) {
            errs.required(target.child("name"));
        }
        return errs.toList();
    }
}
