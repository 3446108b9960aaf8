package dev.jetpod.api.core.v1;

import dev.jetpod.api.resource.Quantity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pod's quality-of-service class as Kubernetes computes it from cpu and memory of all its containers:
 * Guaranteed when every container has cpu and memory limits and requests equal to them, BestEffort when nothing is
 * requested or limited, Burstable otherwise. The kubelet uses it for cgroup placement and eviction order.
 */
public final class PodQos {
    private PodQos() {
    }

    public static final String GUARANTEED = "Guaranteed";
    public static final String BURSTABLE = "Burstable";
    public static final String BEST_EFFORT = "BestEffort";
    private static final Set<String> COMPUTE = Set.of("cpu", "memory");

    public static String of(PodSpec spec) {
        Map<String, Quantity> requests = new HashMap<>();
        Map<String, Quantity> limits = new HashMap<>();
        boolean guaranteed = true;
        List<Container> all = new ArrayList<>(spec.initContainersOrEmpty());
        all.addAll(spec.containersOrEmpty());
        for (Container c : all) {
            ResourceRequirements r = c.resources() == null ? new ResourceRequirements(null, null, null) : c.resources();
            r.requestsOrEmpty().forEach((name, q) -> {
                if (COMPUTE.contains(name) && q.signum() > 0) {
                    requests.merge(name, q, Quantity::add);
                }
            });
            Set<String> limited = new HashSet<>();
            for (Map.Entry<String, Quantity> e : r.limitsOrEmpty().entrySet()) {
                if (COMPUTE.contains(e.getKey()) && e.getValue().signum() > 0) {
                    limited.add(e.getKey());
                    limits.merge(e.getKey(), e.getValue(), Quantity::add);
                }
            }
            if (!limited.containsAll(COMPUTE)) {
                guaranteed = false;
            }
        }
        if (requests.isEmpty() && limits.isEmpty()) {
            return BEST_EFFORT;
        }
        if (guaranteed) {
            for (Map.Entry<String, Quantity> e : requests.entrySet()) {
                if (!e.getValue().equals(limits.get(e.getKey()))) {
                    guaranteed = false;
                }
            }
        }
        return guaranteed && requests.size() == limits.size() ? GUARANTEED : BURSTABLE;
    }
}
