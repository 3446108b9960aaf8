package dev.jetpod.apiserver.registry.scale;

import dev.jetpod.api.apps.v1.Deployment;
import dev.jetpod.api.apps.v1.DeploymentSpec;
import dev.jetpod.api.meta.LabelSelector;
import dev.jetpod.apiserver.registry.ScaleAccess;

/** deployments/scale. */
public final class DeploymentScale implements ScaleAccess<Deployment> {
    @Override
    public int specReplicas(Deployment d) {
        return d.spec() == null || d.spec().replicas() == null ? 1 : d.spec().replicas();
    }

    @Override
    public int statusReplicas(Deployment d) {
        return d.status() == null || d.status().replicas() == null ? 0 : d.status().replicas();
    }

    @Override
    public LabelSelector selector(Deployment d) {
        return d.spec() == null ? null : d.spec().selector();
    }

    @Override
    public Deployment withSpecReplicas(Deployment d, int replicas) {
        DeploymentSpec s = d.spec();
        if (s == null) {
            return d.withSpec(new DeploymentSpec(replicas, null, null, null, null, null, null, null));
        }
        return d.withSpec(s.withReplicas(replicas));
    }
}
