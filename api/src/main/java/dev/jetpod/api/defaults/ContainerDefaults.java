package dev.jetpod.api.defaults;

import dev.jetpod.api.core.v1.Container;
import dev.jetpod.api.core.v1.ContainerPort;
import dev.jetpod.api.core.v1.EnvVar;
import dev.jetpod.api.core.v1.EnvVarSource;
import dev.jetpod.api.core.v1.HTTPGetAction;
import dev.jetpod.api.core.v1.Lifecycle;
import dev.jetpod.api.core.v1.LifecycleHandler;
import dev.jetpod.api.core.v1.ObjectFieldSelector;
import dev.jetpod.api.core.v1.Probe;
import dev.jetpod.api.core.v1.ResourceRequirements;

/** SetDefaults_Container and what hangs off it: pull policy, termination message, port protocol, probes, fieldRef. */
public final class ContainerDefaults {
    private ContainerDefaults() {
    }

    public static final String TERMINATION_MESSAGE_PATH = "/dev/termination-log";

    public static Container apply(Container c, boolean hostNetwork) {
        Container out = c;
        if (blank(out.imagePullPolicy())) {
            out = out.withImagePullPolicy("latest".equals(imageTag(out.image())) ? "Always" : "IfNotPresent");
        }
        if (blank(out.terminationMessagePath())) {
            out = out.withTerminationMessagePath(TERMINATION_MESSAGE_PATH);
        }
        if (blank(out.terminationMessagePolicy())) {
            out = out.withTerminationMessagePolicy("File");
        }
        if (out.resources() == null) {
            // Kubernetes always writes "resources": {} for a container
            out = out.withResources(new ResourceRequirements(null, null, null));
        }
        if (out.ports() != null) {
            out = out.withPorts(out.ports().stream().map(p -> port(p, hostNetwork)).toList());
        }
        if (out.env() != null) {
            out = out.withEnv(out.env().stream().map(ContainerDefaults::env).toList());
        }
        out = out.withLivenessProbe(probe(out.livenessProbe())).withReadinessProbe(probe(out.readinessProbe()))
                .withStartupProbe(probe(out.startupProbe())).withLifecycle(lifecycle(out.lifecycle()));
        return out;
    }

    /**
     * The tag of an image reference as Kubernetes' ParseImageName sees it: "latest" when there is neither tag nor
     * digest, "" when there is only a digest. A ':' before the last '/' is a registry port, not a tag.
     */
    public static String imageTag(String image) {
        if (image == null || image.isEmpty()) {
            return "latest";
        }
        String ref = image;
        boolean digest = false;
        int at = ref.indexOf('@');
        if (at >= 0) {
            digest = true;
            ref = ref.substring(0, at);
        }
        int colon = ref.lastIndexOf(':');
        if (colon > ref.lastIndexOf('/')) {
            return ref.substring(colon + 1);
        }
        return digest ? "" : "latest";
    }

    private static ContainerPort port(ContainerPort p, boolean hostNetwork) {
        String protocol = blank(p.protocol()) ? "TCP" : p.protocol();
        Integer hostPort = hostNetwork && (p.hostPort() == null || p.hostPort() == 0) ? Integer.valueOf(p.containerPort()) : p.hostPort();
        return new ContainerPort(p.name(), hostPort, p.containerPort(), protocol, p.hostIP());
    }

    private static EnvVar env(EnvVar e) {
        EnvVarSource s = e.valueFrom();
        if (s == null || s.fieldRef() == null) {
            return e;
        }
        return new EnvVar(e.name(), e.value(), new EnvVarSource(fieldRef(s.fieldRef()), s.resourceFieldRef(), s.configMapKeyRef(), s.secretKeyRef()));
    }

    static ObjectFieldSelector fieldRef(ObjectFieldSelector f) {
        return f == null || !blank(f.apiVersion()) ? f : new ObjectFieldSelector("v1", f.fieldPath());
    }

    /** SetDefaults_Probe: timeout 1s, period 10s, success 1, failure 3; plus the HTTP handler's defaults. */
    static Probe probe(Probe p) {
        if (p == null) {
            return null;
        }
        return new Probe(p.exec(), httpGet(p.httpGet()), p.tcpSocket(), p.grpc(), p.initialDelaySeconds(),
                orDefault(p.timeoutSeconds(), 1), orDefault(p.periodSeconds(), 10), orDefault(p.successThreshold(), 1),
                orDefault(p.failureThreshold(), 3), p.terminationGracePeriodSeconds());
    }

    private static Lifecycle lifecycle(Lifecycle l) {
        if (l == null) {
            return null;
        }
        return new Lifecycle(handler(l.postStart()), handler(l.preStop()), l.stopSignal());
    }

    private static LifecycleHandler handler(LifecycleHandler h) {
        return h == null ? null : new LifecycleHandler(h.exec(), httpGet(h.httpGet()), h.tcpSocket(), h.sleep());
    }

    /** SetDefaults_HTTPGetAction: path "/", scheme HTTP. */
    private static HTTPGetAction httpGet(HTTPGetAction h) {
        if (h == null) {
            return null;
        }
        return new HTTPGetAction(blank(h.path()) ? "/" : h.path(), h.port(), h.host(), blank(h.scheme()) ? "HTTP" : h.scheme(), h.httpHeaders());
    }

    private static Integer orDefault(Integer v, int d) {
        return v == null || v == 0 ? d : v;
    }

    static boolean blank(String s) {
        return s == null || s.isEmpty();
    }

}
