package dev.jetpod.apiserver.admission;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.scheme.TypeRules;
import dev.jetpod.api.validation.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for a type the scheme has no {@link TypeRules} for: no defaults, metadata checks only (name a DNS-1123
 * subdomain), field selectors on metadata.name and metadata.namespace, as Kubernetes offers for every type.
 */
public final class MetadataOnlyRules<T extends KubeObject<T>> implements TypeRules<T> {
    private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    @Override
    public T applyDefaults(T object) {
        return object;
    }

    @Override
    public List<FieldError> validateCreate(T object) {
        return validateMeta(object.metadata());
    }

    @Override
    public List<FieldError> validateUpdate(T object, T old) {
        return validateMeta(object.metadata());
    }

    @Override
    public Map<String, String> fieldLabels(T object) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("metadata.name", object.metadata().name());
        m.put("metadata.namespace", object.metadata().namespace() == null ? "" : object.metadata().namespace());
        return m;
    }

    @Override
    public Set<String> fieldSelectorKeys() {
        return Set.of("metadata.name", "metadata.namespace");
    }

    private static List<FieldError> validateMeta(ObjectMeta m) {
        List<FieldError> errs = new ArrayList<>();
        String name = m.name();
        if (name == null || name.isEmpty()) {
            errs.add(FieldError.required("metadata.name", "name or generateName is required"));
        } else if (name.length() > 253 || !DNS1123_SUBDOMAIN.matcher(name).matches()) {
            errs.add(FieldError.invalid("metadata.name", name, "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"));
        }
        return errs;
    }
}
