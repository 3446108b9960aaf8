package dev.jetpod.apiserver.registry;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.api.scheme.TypeRules;
import java.util.Optional;

/** Finds a type's defaulting/validation/field-label rules (the scheme's); empty means metadata-only rules. */
@FunctionalInterface
public interface RulesLookup {
    <T extends KubeObject<T>> Optional<TypeRules<T>> rulesFor(ResourceType<T> type);
}
