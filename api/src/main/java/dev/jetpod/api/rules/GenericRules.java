package dev.jetpod.api.rules;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.api.validation.MetaValidation;

/** Rules for a type without its own: metadata only, names as DNS-1123 subdomains. */
public final class GenericRules<T extends KubeObject<T>> extends BaseRules<T> {
    public GenericRules(ResourceType<T> type) {
        super(type, MetaValidation::subdomainName);
    }
}
