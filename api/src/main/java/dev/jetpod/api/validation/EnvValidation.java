package dev.jetpod.api.validation;

import dev.jetpod.api.core.v1.EnvFromSource;
import dev.jetpod.api.core.v1.EnvVar;
import dev.jetpod.api.core.v1.EnvVarSource;
import dev.jetpod.api.core.v1.ObjectFieldSelector;
import dev.jetpod.api.core.v1.ResourceFieldSelector;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** ValidateEnv and ValidateEnvFrom, and the downward API field/resource selectors they share with volumes. */
public final class EnvValidation {
    private EnvValidation() {
    }

    static final Set<String> ENV_FIELD_PATHS = new TreeSet<>(Set.of("metadata.name", "metadata.namespace", "metadata.uid",
            "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"));
    static final Set<String> VOLUME_FIELD_PATHS = new TreeSet<>(Set.of("metadata.annotations", "metadata.labels", "metadata.name",
            "metadata.namespace", "metadata.uid"));
    static final Set<String> RESOURCE_FIELDS = new TreeSet<>(Set.of("limits.cpu", "limits.ephemeral-storage", "limits.memory",
            "requests.cpu", "requests.ephemeral-storage", "requests.memory"));
    private static final Pattern SUBSCRIPTED = Pattern.compile("metadata\\.(labels|annotations)\\['([^']*)'\\]");

    public static List<FieldError> validateEnv(List<EnvVar> vars, FieldPath path) {
        Errors errs = new Errors();
        if (vars == null) {
            return errs.toList();
        }
        for (int i = 0; i < vars.size(); i++) {
            EnvVar ev = vars.get(i);
            FieldPath idx = path.index(i);
            if (ev.name() == null || ev.name().isEmpty()) {
                errs.required(idx.child("name"));
            } else {
                errs.invalidEach(idx.child("name"), ev.name(), NameFormats.envVarName(ev.name()));
            }
            errs.addAll(valueFrom(ev, idx.child("valueFrom")));
        }
        return errs.toList();
    }

    private static List<FieldError> valueFrom(EnvVar ev, FieldPath path) {
        Errors errs = new Errors();
        EnvVarSource src = ev.valueFrom();
        if (src == null) {
            return errs.toList();
        }
        int sources = 0;
        if (src.fieldRef() != null) {
            sources++;
            errs.addAll(fieldRef(src.fieldRef(), ENV_FIELD_PATHS, true, path.child("fieldRef")));
        }
        if (src.resourceFieldRef() != null) {
            sources++;
            errs.addAll(resourceFieldRef(src.resourceFieldRef(), false, path.child("resourceFieldRef")));
        }
        if (src.configMapKeyRef() != null) {
            sources++;
            errs.addAll(keySelector(src.configMapKeyRef().name(), src.configMapKeyRef().key(), path.child("configMapKeyRef")));
        }
        if (src.secretKeyRef() != null) {
            sources++;
            errs.addAll(keySelector(src.secretKeyRef().name(), src.secretKeyRef().key(), path.child("secretKeyRef")));
        }
        if (sources == 0) {
            errs.invalid(path, "", "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`");
        } else if (ev.value() != null && !ev.value().isEmpty()) {
            errs.invalid(path, "", "may not be specified when `value` is not empty");
        } else if (sources > 1) {
            errs.invalid(path, "", "may not have more than one field specified at a time");
        }
        return errs.toList();
    }

    public static List<FieldError> validateEnvFrom(List<EnvFromSource> sources, FieldPath path) {
        Errors errs = new Errors();
        if (sources == null) {
            return errs.toList();
        }
        for (int i = 0; i < sources.size(); i++) {
            EnvFromSource s = sources.get(i);
            FieldPath idx = path.index(i);
            if (s.prefix() != null && !s.prefix().isEmpty()) {
                errs.invalidEach(idx.child("prefix"), s.prefix(), NameFormats.envVarName(s.prefix()));
            }
            int n = 0;
            if (s.configMapRef() != null) {
                n++;
                errs.addAll(objectName(s.configMapRef().name(), idx.child("configMapRef", "name")));
            }
            if (s.secretRef() != null) {
                n++;
                errs.addAll(objectName(s.secretRef().name(), idx.child("secretRef", "name")));
            }
            if (n == 0) {
                errs.invalid(path, "", "must specify one of: `configMapRef` or `secretRef`");
            } else if (n > 1) {
                errs.invalid(path, "", "may not have more than one field specified at a time");
            }
        }
        return errs.toList();
    }

    /** validateObjectFieldSelector; {@code subscripts} allows metadata.labels['k'] / metadata.annotations['k'] (env only). */
    static List<FieldError> fieldRef(ObjectFieldSelector f, Set<String> allowed, boolean subscripts, FieldPath path) {
        Errors errs = new Errors();
        if (f.apiVersion() == null || f.apiVersion().isEmpty()) {
            errs.required(path.child("apiVersion"));
        } else if (!f.apiVersion().equals("v1")) {
            errs.invalid(path.child("apiVersion"), f.apiVersion(), "only v1 is supported");
        }
        String fp = f.fieldPath();
        if (fp == null || fp.isEmpty()) {
            errs.required(path.child("fieldPath"));
            return errs.toList();
        }
        var m = SUBSCRIPTED.matcher(fp);
        if (subscripts && m.matches()) {
            String key = m.group(2);
            errs.invalidEach(path.child("fieldPath"), fp, m.group(1).equals("labels") ? NameFormats.qualifiedName(key)
                    : NameFormats.qualifiedName(key.toLowerCase(java.util.Locale.ROOT)));
        } else if (!allowed.contains(fp)) {
            errs.notSupported(path.child("fieldPath"), fp, allowed);
        }
        return errs.toList();
    }

    static List<FieldError> resourceFieldRef(ResourceFieldSelector r, boolean containerNameRequired, FieldPath path) {
        Errors errs = new Errors();
        if (containerNameRequired && (r.containerName() == null || r.containerName().isEmpty())) {
            errs.required(path.child("containerName"));
        }
        if (r.resource() == null || r.resource().isEmpty()) {
            errs.required(path.child("resource"));
        } else if (!RESOURCE_FIELDS.contains(r.resource()) && !r.resource().startsWith("limits.hugepages-")
                && !r.resource().startsWith("requests.hugepages-")) {
            errs.notSupported(path.child("resource"), r.resource(), RESOURCE_FIELDS);
        }
        if (r.divisor() != null && r.divisor().signum() <= 0 && !r.divisor().isZero()) {
            errs.invalid(path.child("divisor"), r.divisor().toString(), "must be greater than or equal to 0");
        }
        return errs.toList();
    }

    private static List<FieldError> keySelector(String name, String key, FieldPath path) {
        Errors errs = new Errors().addAll(objectName(name, path.child("name")));
        if (key == null || key.isEmpty()) {
            errs.required(path.child("key"));
        } else {
            errs.invalidEach(path.child("key"), key, NameFormats.configMapKey(key));
        }
        return errs.toList();
    }

    static List<FieldError> objectName(String name, FieldPath path) {
        Errors errs = new Errors();
        if (name == null || name.isEmpty()) {
            return errs.required(path).toList();
        }
        return errs.invalidEach(path, name, NameFormats.dns1123Subdomain(name)).toList();
    }
}
