package dev.jetpod.api.validation;

import dev.jetpod.api.core.v1.Capabilities;
import dev.jetpod.api.core.v1.Container;
import dev.jetpod.api.core.v1.ContainerPort;
import dev.jetpod.api.core.v1.SecurityContext;
import dev.jetpod.api.core.v1.VolumeMount;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** validateContainers for one container: name, image, ports, env, resources, mounts, probes, security context, policies. */
public final class ContainerValidation {
    private ContainerValidation() {
    }

    static final List<String> PROTOCOLS = List.of("SCTP", "TCP", "UDP");
    static final List<String> PULL_POLICIES = List.of("Always", "IfNotPresent", "Never");
    static final List<String> TERMINATION_MESSAGE_POLICIES = List.of("File", "FallbackToLogsOnError");
    private static final long MAX_ID = 2147483647L;

    /**
     * @param init        an init container (probes only with restartPolicy Always, i.e. a sidecar)
     * @param volumeNames the pod's volume names, which volumeMounts must refer to
     */
    public static List<FieldError> validate(Container c, FieldPath path, boolean init, Set<String> volumeNames) {
        Errors errs = new Errors();
        if (c.name() == null || c.name().isEmpty()) {
            errs.required(path.child("name"));
        } else {
            errs.invalidEach(path.child("name"), c.name(), NameFormats.dns1123Label(c.name()));
        }
        if (c.image() == null || c.image().isBlank()) {
            errs.required(path.child("image"));
        }
        errs.addAll(ports(c.portsOrEmpty(), path.child("ports")));
        errs.addAll(EnvValidation.validateEnv(c.env(), path.child("env")));
        errs.addAll(EnvValidation.validateEnvFrom(c.envFrom(), path.child("envFrom")));
        errs.addAll(ResourceValidation.validate(c.resources(), path.child("resources")));
        errs.addAll(mounts(c.volumeMountsOrEmpty(), path.child("volumeMounts"), volumeNames));
        boolean sidecar = init && "Always".equals(c.restartPolicy());
        if (init && !sidecar) {
            forbidInInit(errs, c.livenessProbe() != null, path.child("livenessProbe"));
            forbidInInit(errs, c.readinessProbe() != null, path.child("readinessProbe"));
            forbidInInit(errs, c.startupProbe() != null, path.child("startupProbe"));
            forbidInInit(errs, c.lifecycle() != null, path.child("lifecycle"));
        } else {
            errs.addAll(ProbeValidation.validate(c.livenessProbe(), ProbeValidation.Kind.LIVENESS, path.child("livenessProbe")));
            errs.addAll(ProbeValidation.validate(c.readinessProbe(), ProbeValidation.Kind.READINESS, path.child("readinessProbe")));
            errs.addAll(ProbeValidation.validate(c.startupProbe(), ProbeValidation.Kind.STARTUP, path.child("startupProbe")));
            errs.addAll(ProbeValidation.validate(c.lifecycle(), path.child("lifecycle")));
        }
        if (c.restartPolicy() != null) {
            if (!init) {
                errs.forbidden(path.child("restartPolicy"), "may not be set for non-init containers");
            } else if (!c.restartPolicy().equals("Always")) {
                errs.notSupported(path.child("restartPolicy"), c.restartPolicy(), List.of("Always"));
            }
        }
        errs.addAll(securityContext(c.securityContext(), path.child("securityContext")));
        policy(errs, c.imagePullPolicy(), PULL_POLICIES, path.child("imagePullPolicy"));
        policy(errs, c.terminationMessagePolicy(), TERMINATION_MESSAGE_POLICIES, path.child("terminationMessagePolicy"));
        return errs.toList();
    }

    private static void forbidInInit(Errors errs, boolean set, FieldPath path) {
        if (set) {
            errs.forbidden(path, "may not be set for init containers without restartPolicy=Always");
        }
    }

    private static void policy(Errors errs, String value, List<String> supported, FieldPath path) {
        if (value == null || value.isEmpty()) {
            errs.required(path);
        } else if (!supported.contains(value)) {
            errs.notSupported(path, value, supported);
        }
    }

    static List<FieldError> ports(List<ContainerPort> ports, FieldPath path) {
        Errors errs = new Errors();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < ports.size(); i++) {
            ContainerPort p = ports.get(i);
            FieldPath idx = path.index(i);
            if (p.name() != null && !p.name().isEmpty()) {
                errs.invalidEach(idx.child("name"), p.name(), NameFormats.portName(p.name()));
                if (!names.add(p.name())) {
                    errs.duplicate(idx.child("name"), p.name());
                }
            }
            if (p.containerPort() == 0) {
                errs.required(idx.child("containerPort"));
            } else {
                errs.invalidEach(idx.child("containerPort"), p.containerPort(), NameFormats.portNumber(p.containerPort()));
            }
            if (p.hostPort() != null && p.hostPort() != 0) {
                errs.invalidEach(idx.child("hostPort"), p.hostPort(), NameFormats.portNumber(p.hostPort()));
            }
            policy(errs, p.protocol(), PROTOCOLS, idx.child("protocol"));
        }
        return errs.toList();
    }

    private static List<FieldError> mounts(List<VolumeMount> mounts, FieldPath path, Set<String> volumeNames) {
        Errors errs = new Errors();
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < mounts.size(); i++) {
            VolumeMount m = mounts.get(i);
            FieldPath idx = path.index(i);
            if (m.name() == null || m.name().isEmpty()) {
                errs.required(idx.child("name"));
            } else if (!volumeNames.contains(m.name())) {
                errs.notFound(idx.child("name"), m.name());
            }
            if (m.mountPath() == null || m.mountPath().isEmpty()) {
                errs.required(idx.child("mountPath"));
            } else if (!paths.add(m.mountPath())) {
                errs.invalid(idx.child("mountPath"), m.mountPath(), "must be unique");
            }
            if (m.subPath() != null && !m.subPath().isEmpty()) {
                errs.addAll(VolumeValidation.relativePath(m.subPath(), idx.child("subPath")));
            }
            if (m.subPathExpr() != null && !m.subPathExpr().isEmpty() && m.subPath() != null && !m.subPath().isEmpty()) {
                errs.invalid(idx.child("subPathExpr"), m.subPathExpr(), "subPathExpr and subPath are mutually exclusive");
            }
            if (m.mountPropagation() != null && !List.of("None", "HostToContainer", "Bidirectional").contains(m.mountPropagation())) {
                errs.notSupported(idx.child("mountPropagation"), m.mountPropagation(), List.of("Bidirectional", "HostToContainer", "None"));
            }
        }
        return errs.toList();
    }

    static List<FieldError> securityContext(SecurityContext sc, FieldPath path) {
        Errors errs = new Errors();
        if (sc == null) {
            return errs.toList();
        }
        id(errs, sc.runAsUser(), path.child("runAsUser"));
        id(errs, sc.runAsGroup(), path.child("runAsGroup"));
        boolean noEscalation = Boolean.FALSE.equals(sc.allowPrivilegeEscalation());
        if (noEscalation && Boolean.TRUE.equals(sc.privileged())) {
            errs.invalid(path, "", "cannot set `allowPrivilegeEscalation` to false and `privileged` to true");
        }
        Capabilities caps = sc.capabilities();
        if (noEscalation && caps != null && caps.add() != null && (caps.add().contains("CAP_SYS_ADMIN") || caps.add().contains("SYS_ADMIN"))) {
            errs.invalid(path, "", "cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN");
        }
        if (sc.procMount() != null && !List.of("Default", "Unmasked").contains(sc.procMount())) {
            errs.notSupported(path.child("procMount"), sc.procMount(), List.of("Default", "Unmasked"));
        }
        return errs.toList();
    }

    /** Kubernetes' ValidateUserID/ValidateGroupID range. */
    static void id(Errors errs, Long id, FieldPath path) {
        if (id != null && (id < 0 || id > MAX_ID)) {
            errs.invalid(path, id, NameFormats.inclusiveRange(0, MAX_ID));
        }
    }
}
