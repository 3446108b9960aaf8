package dev.jetpod.api.validation;

import dev.jetpod.api.core.v1.Container;
import dev.jetpod.api.core.v1.ContainerPort;
import dev.jetpod.api.core.v1.HostAlias;
import dev.jetpod.api.core.v1.PodSecurityContext;
import dev.jetpod.api.core.v1.PodSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** ValidatePodSpec: what pods and pod templates share. */
public final class PodSpecValidation {
    private PodSpecValidation() {
    }

    public static final List<String> RESTART_POLICIES = List.of("Always", "OnFailure", "Never");
    public static final List<String> DNS_POLICIES = List.of("ClusterFirstWithHostNet", "ClusterFirst", "Default", "None");

    public static List<FieldError> validate(PodSpec spec, FieldPath path) {
        Errors errs = new Errors();
        if (spec == null) {
            return errs.required(path).toList();
        }
        VolumeValidation.Result volumes = VolumeValidation.validate(spec.volumes(), path.child("volumes"));
        errs.addAll(volumes.errors());
        errs.addAll(containers(spec, path, volumes.names()));
        String restart = spec.restartPolicy();
        if (restart == null || restart.isEmpty()) {
            errs.required(path.child("restartPolicy"));
        } else if (!RESTART_POLICIES.contains(restart)) {
            errs.notSupported(path.child("restartPolicy"), restart, RESTART_POLICIES);
        }
        String dns = spec.dnsPolicy();
        if (dns == null || dns.isEmpty()) {
            errs.required(path.child("dnsPolicy"));
        } else if (!DNS_POLICIES.contains(dns)) {
            errs.notSupported(path.child("dnsPolicy"), dns, DNS_POLICIES);
        } else if (dns.equals("None") && spec.dnsConfig() == null) {
            errs.required(path.child("dnsConfig"), "must provide `dnsConfig` when `dnsPolicy` is None");
        } else if (dns.equals("None") && (spec.dnsConfig().nameservers() == null || spec.dnsConfig().nameservers().isEmpty())) {
            errs.required(path.child("dnsConfig", "nameservers"), "must provide at least one DNS nameserver when `dnsPolicy` is None");
        }
        errs.addAll(MetaValidation.validateLabels(spec.nodeSelector(), path.child("nodeSelector")));
        subdomain(errs, spec.serviceAccountName(), path.child("serviceAccountName"));
        subdomain(errs, spec.nodeName(), path.child("nodeName"));
        subdomain(errs, spec.schedulerName(), path.child("schedulerName"));
        subdomain(errs, spec.priorityClassName(), path.child("priorityClassName"));
        label(errs, spec.hostname(), path.child("hostname"));
        label(errs, spec.subdomain(), path.child("subdomain"));
        errs.addAll(SchedulingValidation.affinity(spec.affinity(), path.child("affinity")));
        errs.addAll(SchedulingValidation.tolerations(spec.tolerations(), path.child("tolerations")));
        errs.nonNegative(path.child("terminationGracePeriodSeconds"), spec.terminationGracePeriodSeconds());
        Long deadline = spec.activeDeadlineSeconds();
        if (deadline != null && (deadline < 1 || deadline > Integer.MAX_VALUE)) {
            errs.invalid(path.child("activeDeadlineSeconds"), deadline, NameFormats.inclusiveRange(1, Integer.MAX_VALUE));
        }
        errs.addAll(podSecurityContext(spec.securityContext(), path.child("securityContext")));
        if (Boolean.TRUE.equals(spec.hostNetwork())) {
            errs.addAll(hostNetworkPorts(spec.containersOrEmpty(), path.child("containers")));
            errs.addAll(hostNetworkPorts(spec.initContainersOrEmpty(), path.child("initContainers")));
        }
        if (spec.hostAliases() != null) {
            for (int i = 0; i < spec.hostAliases().size(); i++) {
                HostAlias h = spec.hostAliases().get(i);
                if (h.ip() == null || !IpAddresses.isValid(h.ip())) {
                    errs.invalid(path.child("hostAliases").index(i).child("ip"), h.ip() == null ? "" : h.ip(), "must be a valid IP address");
                }
            }
        }
        if (Boolean.TRUE.equals(spec.shareProcessNamespace()) && Boolean.TRUE.equals(spec.hostPID())) {
            errs.invalid(path.child("shareProcessNamespace"), true, "ShareProcessNamespace and HostPID cannot both be enabled");
        }
        return errs.toList();
    }

    /** Containers are required; names are unique across initContainers and containers. */
    private static List<FieldError> containers(PodSpec spec, FieldPath path, Set<String> volumeNames) {
        Errors errs = new Errors();
        Set<String> names = new HashSet<>();
        List<Container> init = spec.initContainersOrEmpty();
        for (int i = 0; i < init.size(); i++) {
            FieldPath idx = path.child("initContainers").index(i);
            errs.addAll(ContainerValidation.validate(init.get(i), idx, true, volumeNames));
            unique(errs, names, init.get(i).name(), idx.child("name"));
        }
        List<Container> main = spec.containersOrEmpty();
        if (main.isEmpty()) {
            errs.required(path.child("containers"));
        }
        for (int i = 0; i < main.size(); i++) {
            FieldPath idx = path.child("containers").index(i);
            errs.addAll(ContainerValidation.validate(main.get(i), idx, false, volumeNames));
            unique(errs, names, main.get(i).name(), idx.child("name"));
        }
        return errs.toList();
    }

    private static void unique(Errors errs, Set<String> names, String name, FieldPath path) {
        if (name != null && !name.isEmpty() && !names.add(name)) {
            errs.duplicate(path, name);
        }
    }

    private static List<FieldError> hostNetworkPorts(List<Container> containers, FieldPath path) {
        Errors errs = new Errors();
        for (int i = 0; i < containers.size(); i++) {
            List<ContainerPort> ports = containers.get(i).portsOrEmpty();
            for (int j = 0; j < ports.size(); j++) {
                ContainerPort p = ports.get(j);
                if (p.hostPort() != null && p.hostPort() != 0 && p.hostPort() != p.containerPort()) {
                    errs.invalid(path.index(i).child("ports").index(j).child("hostPort"), p.hostPort(),
                            "must match `containerPort` when `hostNetwork` is true");
                }
            }
        }
        return errs.toList();
    }

    private static List<FieldError> podSecurityContext(PodSecurityContext sc, FieldPath path) {
        Errors errs = new Errors();
        if (sc == null) {
            return errs.toList();
        }
        ContainerValidation.id(errs, sc.runAsUser(), path.child("runAsUser"));
        ContainerValidation.id(errs, sc.runAsGroup(), path.child("runAsGroup"));
        ContainerValidation.id(errs, sc.fsGroup(), path.child("fsGroup"));
        if (sc.supplementalGroups() != null) {
            for (int i = 0; i < sc.supplementalGroups().size(); i++) {
                ContainerValidation.id(errs, sc.supplementalGroups().get(i), path.child("supplementalGroups").index(i));
            }
        }
        if (sc.fsGroupChangePolicy() != null && !List.of("OnRootMismatch", "Always").contains(sc.fsGroupChangePolicy())) {
            errs.notSupported(path.child("fsGroupChangePolicy"), sc.fsGroupChangePolicy(), List.of("OnRootMismatch", "Always"));
        }
        return errs.toList();
    }

    private static void subdomain(Errors errs, String v, FieldPath path) {
        if (v != null && !v.isEmpty()) {
            errs.invalidEach(path, v, NameFormats.dns1123Subdomain(v));
        }
    }

    private static void label(Errors errs, String v, FieldPath path) {
        if (v != null && !v.isEmpty()) {
            errs.invalidEach(path, v, NameFormats.dns1123Label(v));
        }
    }
}
