package dev.jetpod.apiserver.admission;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.StatusCause;
import dev.jetpod.api.meta.StatusDetails;
import dev.jetpod.api.meta.StatusReason;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.api.scheme.TypeRules;
import dev.jetpod.api.validation.FieldError;
import dev.jetpod.apiserver.registry.ResourceStrategy;
import java.util.List;

/**
 * The admission stage between decoding and storage: type preparation, defaulting, then validation. Invalid
 * objects become one 422 Invalid with a cause per field, and nothing is written.
 */
public final class Admission<T extends KubeObject<T>> {
    private final ResourceType<T> type;
    private final TypeRules<T> rules;
    private final ResourceStrategy<T> strategy;

    public Admission(ResourceType<T> type, TypeRules<T> rules, ResourceStrategy<T> strategy) {
        this.type = type;
        this.rules = rules;
        this.strategy = strategy;
    }

    public T admitCreate(T object) {
        T prepared = rules.applyDefaults(strategy.prepareForCreate(object));
        throwIfInvalid(prepared, rules.validateCreate(prepared));
        return prepared;
    }

    /** For writes through the main resource: the strategy restores what such writes may not change. */
    public T admitUpdate(T object, T old) {
        return admitSubresourceUpdate(strategy.prepareForUpdate(object, old), old);
    }

    /** For writes whose shape the subresource already fixed (status, scale, binding, finalize). */
    public T admitSubresourceUpdate(T object, T old) {
        T defaulted = rules.applyDefaults(object);
        throwIfInvalid(defaulted, rules.validateUpdate(defaulted, old));
        return defaulted;
    }

    /**
     * 422 Invalid worded as kube-apiserver words it: the kind qualified by its group in the message
     * ({@code Deployment.apps "web" is invalid: …}), group and kind apart in the details.
     */
    public static ApiException invalid(String group, String kind, String name, List<FieldError> errors) {
        List<StatusCause> causes = errors.stream().map(FieldError::toCause).toList();
        String qualified = group.isEmpty() ? kind : kind + "." + group;
        ApiException worded = ApiException.invalid(group, qualified, name, causes);
        return new ApiException(422, StatusReason.INVALID, worded.getMessage(), new StatusDetails(name, group, kind, null, causes, null));
    }

    public TypeRules<T> rules() {
        return rules;
    }

    private void throwIfInvalid(T object, List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw invalid(type.group(), type.kind(), object.metadata().name(), errors);
        }
    }
}
