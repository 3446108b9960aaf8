package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.meta.HasStatus;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ObjectMeta;

/** core/v1 Node: a machine that runs pods; the kubelet registers it and keeps its status. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Node(
        String apiVersion,
        String kind,
        ObjectMeta metadata,
        NodeSpec spec,
        NodeStatus status) implements KubeObject<Node>, HasStatus<Node, NodeStatus> {
    public static final String API_VERSION = "v1";
    public static final String KIND = "Node";

    /** A new object as a user writes it: no status yet. */
    public static Node of(ObjectMeta metadata, NodeSpec spec) {
        return new Node(API_VERSION, KIND, metadata, spec, null);
    }

    public static Node of(ObjectMeta metadata, NodeSpec spec, NodeStatus status) {
        return new Node(API_VERSION, KIND, metadata, spec, status);
    }

    @Override
    public Node withTypeMeta(String apiVersion, String kind) {
        return new Node(apiVersion, kind, metadata, spec, status);
    }

    @Override
    public Node withMetadata(ObjectMeta v) {
        return new Node(apiVersion, kind, v, spec, status);
    }

    public Node withSpec(NodeSpec v) {
        return new Node(apiVersion, kind, metadata, v, status);
    }

    @Override
    public Node withStatus(NodeStatus v) {
        return new Node(apiVersion, kind, metadata, spec, v);
    }
}
