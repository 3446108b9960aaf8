package dev.jetpod.api.rules;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.api.scheme.TypeRules;
import dev.jetpod.api.validation.FieldError;
import dev.jetpod.api.validation.MetaValidation;
import dev.jetpod.api.validation.MetaValidation.NameRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every type's rules share: metadata validation with the type's name syntax and scope, and the
 * metadata.name / metadata.namespace field labels. A type's rules class adds its own parts by overriding
 * {@link #validateObject}, {@link #validateChange}, {@link #applyDefaults} and {@link #addFieldLabels}.
 */
public abstract class BaseRules<T extends KubeObject<T>> implements TypeRules<T> {
    private final ResourceType<T> type;
    private final NameRule nameRule;
    private final Set<String> fieldKeys;

    protected BaseRules(ResourceType<T> type, NameRule nameRule, String... extraFieldKeys) {
        this.type = type;
        this.nameRule = nameRule;
        Set<String> keys = new LinkedHashSet<>(List.of("metadata.name", "metadata.namespace"));
        keys.addAll(List.of(extraFieldKeys));
        this.fieldKeys = Set.copyOf(keys);
    }

    public ResourceType<T> type() {
        return type;
    }

    @Override
    public T applyDefaults(T object) {
        return object;
    }

    @Override
    public final List<FieldError> validateCreate(T object) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.validateCreate(object.metadata(), type.namespaced(), nameRule));
        errs.addAll(validateObject(object));
        return List.copyOf(errs);
    }

    @Override
    public final List<FieldError> validateUpdate(T object, T old) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.validateUpdate(object.metadata(), old.metadata(), type.namespaced(), nameRule));
        errs.addAll(validateObject(object));
        errs.addAll(validateChange(object, old));
        return List.copyOf(errs);
    }

    /** Everything but metadata, for create and update alike. */
    protected List<FieldError> validateObject(T object) {
        return List.of();
    }

    /** What an update may not change (immutable fields), beyond metadata. */
    protected List<FieldError> validateChange(T object, T old) {
        return List.of();
    }

    @Override
    public final Map<String, String> fieldLabels(T object) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("metadata.name", nullToEmpty(object.metadata() == null ? null : object.metadata().name()));
        out.put("metadata.namespace", nullToEmpty(object.metadata() == null ? null : object.metadata().namespace()));
        addFieldLabels(object, out);
        return out;
    }

    /** The type's own field labels; every key put here must be among the extra keys given to the constructor. */
    protected void addFieldLabels(T object, Map<String, String> out) {
    }

    @Override
    public final Set<String> fieldSelectorKeys() {
        return fieldKeys;
    }

    protected static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
