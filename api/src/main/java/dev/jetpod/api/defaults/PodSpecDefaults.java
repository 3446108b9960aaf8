package dev.jetpod.api.defaults;

import dev.jetpod.api.core.v1.PodSecurityContext;
import dev.jetpod.api.core.v1.PodSpec;

/**
 * SetDefaults_PodSpec: what every pod spec gets, in pods and in pod templates alike (restartPolicy Always, dnsPolicy
 * ClusterFirst, terminationGracePeriodSeconds 30, schedulerName default-scheduler, securityContext {}, container,
 * probe and volume defaults). Pure: returns a new spec; applying it twice changes nothing.
 */
public final class PodSpecDefaults {
    private PodSpecDefaults() {
    }

    public static final long TERMINATION_GRACE_PERIOD_SECONDS = 30;
    public static final String DEFAULT_SCHEDULER = "default-scheduler";

    public static PodSpec apply(PodSpec spec) {
        if (spec == null) {
            return null;
        }
        boolean hostNetwork = Boolean.TRUE.equals(spec.hostNetwork());
        PodSpec s = spec;
        if (ContainerDefaults.blank(s.dnsPolicy())) {
            s = s.withDnsPolicy("ClusterFirst");
        }
        if (ContainerDefaults.blank(s.restartPolicy())) {
            s = s.withRestartPolicy("Always");
        }
        if (s.securityContext() == null) {
            s = s.withSecurityContext(new PodSecurityContext(null, null, null, null, null, null, null, null, null, null, null, null, null));
        }
        if (s.terminationGracePeriodSeconds() == null) {
            s = s.withTerminationGracePeriodSeconds(TERMINATION_GRACE_PERIOD_SECONDS);
        }
        if (ContainerDefaults.blank(s.schedulerName())) {
            s = s.withSchedulerName(DEFAULT_SCHEDULER);
        }
        // the deprecated serviceAccount field mirrors serviceAccountName in v1 (conversion does this in Kubernetes)
        if (ContainerDefaults.blank(s.serviceAccountName()) && !ContainerDefaults.blank(s.serviceAccount())) {
            s = s.withServiceAccountName(s.serviceAccount());
        }
        if (!ContainerDefaults.blank(s.serviceAccountName())) {
            s = s.withServiceAccount(s.serviceAccountName());
        }
        if (s.containers() != null) {
            s = s.withContainers(s.containers().stream().map(c -> ContainerDefaults.apply(c, hostNetwork)).toList());
        }
        if (s.initContainers() != null) {
            s = s.withInitContainers(s.initContainers().stream().map(c -> ContainerDefaults.apply(c, hostNetwork)).toList());
        }
        if (s.volumes() != null) {
            s = s.withVolumes(s.volumes().stream().map(VolumeDefaults::apply).toList());
        }
        return s;
    }
}
