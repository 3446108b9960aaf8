package dev.jetpod.api.rules;

import java.util.List;

/** One rules object for each built-in resource type; {@code Scheme.builtin()} registers them. */
public final class BuiltinRules {
    private BuiltinRules() {
    }

    public static List<BaseRules<?>> all() {
        return List.of(new NamespaceRules(), new ConfigMapRules(), new PodRules(), new NodeRules(), new EventRules(), new SecretRules(),
                new ServiceRules(), new EndpointsRules(), new BindingRules(), new ReplicaSetRules(), new DeploymentRules(),
                new HorizontalPodAutoscalerRules(), new LeaseRules());
    }

}
