package dev.jetpod.api.rules;

import dev.jetpod.api.core.v1.Namespace;
import dev.jetpod.api.core.v1.NamespaceSpec;
import dev.jetpod.api.core.v1.NamespaceStatus;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.api.validation.Errors;
import dev.jetpod.api.validation.FieldError;
import dev.jetpod.api.validation.FieldPath;
import dev.jetpod.api.validation.MetaValidation;
import dev.jetpod.api.validation.NameFormats;
import java.util.List;
import java.util.Map;

/**
 * Namespaces: DNS-1123 label names; phase Active, the {@code kubernetes.io/metadata.name} label, and the
 * {@code kubernetes} spec finalizer by default, as kube-apiserver sets them. That finalizer keeps a deleted
 * namespace Terminating until whoever empties it removes it through the {@code finalize} subresource.
 */
public final class NamespaceRules extends BaseRules<Namespace> {
    public static final String NAME_LABEL = "kubernetes.io/metadata.name";
    public static final String FINALIZER = "kubernetes";

    public NamespaceRules() {
        super(Resources.NAMESPACES, MetaValidation::labelName, "status.phase");
    }

    @Override
    public Namespace applyDefaults(Namespace ns) {
        Namespace out = ns;
        ObjectMeta m = ns.metadata();
        if (m != null && m.name() != null && !m.name().isEmpty() && !m.name().equals(m.labelsOrEmpty().get(NAME_LABEL))) {
            out = out.withMetadata(m.withLabel(NAME_LABEL, m.name()));
        }
        if (out.spec() == null) {
            out = out.withSpec(new NamespaceSpec(List.of(FINALIZER)));
        }
        if (out.status() == null || out.status().phase() == null || out.status().phase().isEmpty()) {
            out = out.withStatus(new NamespaceStatus(NamespaceStatus.ACTIVE));
        }
        return out;
    }

    @Override
    protected List<FieldError> validateObject(Namespace ns) {
        Errors errs = new Errors();
        if (ns.spec() != null && ns.spec().finalizers() != null) {
            for (int i = 0; i < ns.spec().finalizers().size(); i++) {
                String f = ns.spec().finalizers().get(i);
                errs.invalidEach(FieldPath.root("spec").child("finalizers").index(i), f, NameFormats.qualifiedName(f));
            }
        }
        String phase = ns.status() == null ? null : ns.status().phase();
        if (phase != null && !phase.isEmpty() && !phase.equals(NamespaceStatus.ACTIVE) && !phase.equals(NamespaceStatus.TERMINATING)) {
            errs.notSupported(FieldPath.root("status").child("phase"), phase, List.of(NamespaceStatus.ACTIVE, NamespaceStatus.TERMINATING));
        }
        return errs.toList();
    }

    @Override
    protected void addFieldLabels(Namespace ns, Map<String, String> out) {
        out.put("status.phase", ns.status() == null ? "" : nullToEmpty(ns.status().phase()));
    }
}
