package dev.jetpod.apiserver.registry.scale;

import dev.jetpod.api.apps.v1.ReplicaSet;
import dev.jetpod.api.apps.v1.ReplicaSetSpec;
import dev.jetpod.api.meta.LabelSelector;
import dev.jetpod.apiserver.registry.ScaleAccess;

/** replicasets/scale. */
public final class ReplicaSetScale implements ScaleAccess<ReplicaSet> {
    @Override
    public int specReplicas(ReplicaSet rs) {
        return rs.spec() == null || rs.spec().replicas() == null ? 1 : rs.spec().replicas();
    }

    @Override
    public int statusReplicas(ReplicaSet rs) {
        return rs.status() == null ? 0 : rs.status().replicas();
    }

    @Override
    public LabelSelector selector(ReplicaSet rs) {
        return rs.spec() == null ? null : rs.spec().selector();
    }

    @Override
    public ReplicaSet withSpecReplicas(ReplicaSet rs, int replicas) {
        ReplicaSetSpec s = rs.spec();
        return rs.withSpec(new ReplicaSetSpec(replicas, s == null ? null : s.minReadySeconds(), s == null ? null : s.selector(), s == null ? null : s.template()));
    }
}
