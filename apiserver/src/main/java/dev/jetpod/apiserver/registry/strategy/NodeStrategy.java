package dev.jetpod.apiserver.registry.strategy;

import dev.jetpod.api.core.v1.Node;
import dev.jetpod.apiserver.registry.ResourceStrategy;

/**
 * Nodes register themselves with their status (addresses, capacity, nodeInfo, conditions) in the create, so unlike
 * other types with a status subresource a new Node keeps the status it was created with, as in kube-apiserver.
 */
public final class NodeStrategy implements ResourceStrategy<Node> {
    @Override
    public boolean keepsStatusOnCreate() {
        return true;
    }
}
