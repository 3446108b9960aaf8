package dev.jetpod.api.rules;

import dev.jetpod.api.core.v1.Container;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.core.v1.PodQos;
import dev.jetpod.api.core.v1.PodSpec;
import dev.jetpod.api.core.v1.PodStatus;
import dev.jetpod.api.core.v1.ResourceRequirements;
import dev.jetpod.api.defaults.PodSpecDefaults;
import dev.jetpod.api.resource.Quantity;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.api.validation.FieldError;
import dev.jetpod.api.validation.FieldPath;
import dev.jetpod.api.validation.MetaValidation;
import dev.jetpod.api.validation.PodSpecValidation;
import dev.jetpod.api.validation.PodUpdateValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pods. Defaults are SetDefaults_PodSpec plus what Kubernetes does for pods only: requests default to limits,
 * enableServiceLinks true, the "default" service account and priority 0 (as its admission plugins do), and a new
 * pod's status Pending with its QoS class.
 */
public final class PodRules extends BaseRules<Pod> {
    /** The built-in PriorityClasses; any other class name leaves priority unset. */
    private static final Map<String, Integer> SYSTEM_PRIORITIES = Map.of("system-node-critical", 2000001000, "system-cluster-critical", 2000000000);

    public PodRules() {
        super(Resources.PODS, MetaValidation::subdomainName, "spec.nodeName", "spec.restartPolicy", "spec.schedulerName",
                "spec.serviceAccountName", "spec.hostNetwork", "status.phase", "status.podIP", "status.nominatedNodeName");
    }

    @Override
    public Pod applyDefaults(Pod pod) {
        if (pod.spec() == null) {
            return pod;
        }
        PodSpec s = PodSpecDefaults.apply(pod.spec());
        s = s.withContainers(requestsFromLimits(s.containers())).withInitContainers(requestsFromLimits(s.initContainers()));
        if (s.enableServiceLinks() == null) {
            s = s.withEnableServiceLinks(true);
        }
        if (s.serviceAccountName() == null || s.serviceAccountName().isEmpty()) {
            s = s.withServiceAccountName("default").withServiceAccount("default");
        }
        if (s.priority() == null) {
            String cls = s.priorityClassName();
            Integer p = cls == null || cls.isEmpty() ? Integer.valueOf(0) : SYSTEM_PRIORITIES.get(cls);
            if (p != null) {
                s = s.withPriority(p);
            }
        }
        if (s.priority() != null && s.preemptionPolicy() == null) {
            s = s.withPreemptionPolicy("PreemptLowerPriority");
        }
        PodStatus st = pod.status() == null ? PodStatus.empty() : pod.status();
        if (st.phase() == null || st.phase().isEmpty()) {
            st = st.withPhase("Pending");
        }
        if (st.qosClass() == null || st.qosClass().isEmpty()) {
            st = st.withQosClass(PodQos.of(s));
        }
        return pod.withSpec(s).withStatus(st);
    }

    /** "If limits are specified but requests are not, requests default to limits", per resource. */
    private static List<Container> requestsFromLimits(List<Container> containers) {
        if (containers == null) {
            return null;
        }
        List<Container> out = new ArrayList<>();
        for (Container c : containers) {
            ResourceRequirements r = c.resources();
            if (r == null || r.limits() == null || r.limits().isEmpty()) {
                out.add(c);
                continue;
            }
            Map<String, Quantity> requests = new LinkedHashMap<>(r.requestsOrEmpty());
            r.limits().forEach(requests::putIfAbsent);
            out.add(c.withResources(r.withRequests(requests)));
        }
        return out;
    }

    @Override
    protected List<FieldError> validateObject(Pod pod) {
        return PodSpecValidation.validate(pod.spec(), FieldPath.root("spec"));
    }

    @Override
    protected List<FieldError> validateChange(Pod pod, Pod old) {
        return PodUpdateValidation.validate(pod.spec(), old.spec());
    }

    @Override
    protected void addFieldLabels(Pod pod, Map<String, String> out) {
        PodSpec s = pod.spec();
        PodStatus st = pod.status();
        out.put("spec.nodeName", s == null ? "" : nullToEmpty(s.nodeName()));
        out.put("spec.restartPolicy", s == null ? "" : nullToEmpty(s.restartPolicy()));
        out.put("spec.schedulerName", s == null ? "" : nullToEmpty(s.schedulerName()));
        out.put("spec.serviceAccountName", s == null ? "" : nullToEmpty(s.serviceAccountName()));
        out.put("spec.hostNetwork", s != null && Boolean.TRUE.equals(s.hostNetwork()) ? "true" : "false");
        out.put("status.phase", st == null ? "" : nullToEmpty(st.phase()));
        out.put("status.podIP", st == null ? "" : nullToEmpty(st.podIP()));
        out.put("status.nominatedNodeName", st == null ? "" : nullToEmpty(st.nominatedNodeName()));
    }
}
