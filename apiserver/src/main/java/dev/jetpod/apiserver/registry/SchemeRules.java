package dev.jetpod.apiserver.registry;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.api.scheme.Scheme;
import dev.jetpod.api.scheme.TypeRules;
import java.util.Optional;

/** The scheme's per-type rules, as the registry looks them up. */
public final class SchemeRules implements RulesLookup {
    private final Scheme scheme;

    public SchemeRules(Scheme scheme) {
        this.scheme = scheme;
    }

    @Override
    public <T extends KubeObject<T>> Optional<TypeRules<T>> rulesFor(ResourceType<T> type) {
        return Optional.empty();
    }
}
