package dev.jetpod.apiserver.registry.strategy;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.apiserver.registry.ResourceStrategy;

/** The generic behaviour: no extra preparation, immediate deletion, Success Status on delete. */
public final class DefaultStrategy<T extends KubeObject<T>> implements ResourceStrategy<T> {
}
