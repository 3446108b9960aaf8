package dev.jetpod.api.rules;

import dev.jetpod.api.core.v1.ClientIPConfig;
import dev.jetpod.api.core.v1.LoadBalancerStatus;
import dev.jetpod.api.core.v1.Service;
import dev.jetpod.api.core.v1.ServicePort;
import dev.jetpod.api.core.v1.ServiceSpec;
import dev.jetpod.api.core.v1.ServiceStatus;
import dev.jetpod.api.core.v1.SessionAffinityConfig;
import dev.jetpod.api.intstr.IntOrString;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.api.validation.Errors;
import dev.jetpod.api.validation.FieldError;
import dev.jetpod.api.validation.FieldPath;
import dev.jetpod.api.validation.IpAddresses;
import dev.jetpod.api.validation.MetaValidation;
import dev.jetpod.api.validation.NameFormats;
import dev.jetpod.api.validation.PrintedValue;
import dev.jetpod.api.validation.ProbeValidation;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Services: type ClusterIP, sessionAffinity None, port protocol TCP and targetPort = port by default. Names are
 * DNS-1035 labels. Once allocated, the cluster IP may not change. (Allocating cluster IPs and node ports, and
 * carrying them over when an update omits them, is the API server's job.)
 */
public final class ServiceRules extends BaseRules<Service> {
    private static final FieldPath SPEC = FieldPath.root("spec");
    static final List<String> TYPES = List.of("ClusterIP", "ExternalName", "LoadBalancer", "NodePort");
    static final List<String> PROTOCOLS = List.of("SCTP", "TCP", "UDP");
    public static final int DEFAULT_CLIENT_IP_TIMEOUT = 10800;

    public ServiceRules() {
        super(Resources.SERVICES, MetaValidation::dns1035Name, "spec.clusterIP", "spec.type");
    }

    @Override
    public Service applyDefaults(Service svc) {
        ServiceSpec s = svc.spec();
        if (s == null) {
            return svc;
        }
        if (blank(s.type())) {
            s = s.withType("ClusterIP");
        }
        if (blank(s.sessionAffinity())) {
            s = s.withSessionAffinity("None");
        }
        if (s.sessionAffinity().equals("ClientIP") && (s.sessionAffinityConfig() == null || s.sessionAffinityConfig().clientIP() == null
                || s.sessionAffinityConfig().clientIP().timeoutSeconds() == null)) {
            s = s.withSessionAffinityConfig(new SessionAffinityConfig(new ClientIPConfig(DEFAULT_CLIENT_IP_TIMEOUT)));
        }
        if (s.ports() != null) {
            s = s.withPorts(s.ports().stream().map(ServiceRules::defaultPort).toList());
        }
        boolean external = s.type().equals("NodePort") || s.type().equals("LoadBalancer");
        if (external && blank(s.externalTrafficPolicy())) {
            s = s.withExternalTrafficPolicy("Cluster");
        }
        if (!s.type().equals("ExternalName") && blank(s.internalTrafficPolicy())) {
            s = s.withInternalTrafficPolicy("Cluster");
        }
        if (s.type().equals("LoadBalancer") && s.allocateLoadBalancerNodePorts() == null) {
            s = s.withAllocateLoadBalancerNodePorts(true);
        }
        // Kubernetes always writes "status": {"loadBalancer": {}}
        ServiceStatus st = svc.status() == null ? new ServiceStatus(new LoadBalancerStatus(null), null) : svc.status();
        if (st.loadBalancer() == null) {
            st = new ServiceStatus(new LoadBalancerStatus(null), st.conditions());
        }
        return svc.withSpec(s).withStatus(st);
    }

    private static ServicePort defaultPort(ServicePort p) {
        ServicePort out = blank(p.protocol()) ? p.withProtocol("TCP") : p;
        IntOrString t = out.targetPort();
        if (t == null || (t.isInt() && t.intValue() == 0) || (!t.isInt() && t.stringValue().isEmpty())) {
            out = out.withTargetPort(IntOrString.of(out.port()));
        }
        return out;
    }

    @Override
    protected List<FieldError> validateObject(Service svc) {
        ServiceSpec s = svc.spec();
        Errors errs = new Errors();
        if (s == null) {
            return errs.required(SPEC).toList();
        }
        String type = s.type() == null ? "" : s.type();
        if (!TYPES.contains(type)) {
            errs.notSupported(SPEC.child("type"), type, TYPES);
        }
        boolean headless = "None".equals(s.clusterIP());
        if (s.portsOrEmpty().isEmpty() && !headless && !type.equals("ExternalName")) {
            errs.required(SPEC.child("ports"));
        }
        if (type.equals("ExternalName")) {
            if (!blank(s.clusterIP())) {
                errs.forbidden(SPEC.child("clusterIPs"), "may not be set for ExternalName services");
            }
            String cname = s.externalName() == null ? "" : s.externalName().replaceAll("\\.$", "");
            if (cname.isEmpty()) {
                errs.required(SPEC.child("externalName"));
            } else {
                errs.invalidEach(SPEC.child("externalName"), s.externalName(), NameFormats.dns1123Subdomain(cname));
            }
        }
        errs.addAll(ports(s.portsOrEmpty(), type));
        if (!blank(s.clusterIP()) && !headless && !IpAddresses.isValid(s.clusterIP())) {
            errs.invalid(SPEC.child("clusterIPs").index(0), s.clusterIP(), "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)");
        }
        errs.addAll(MetaValidation.validateLabels(s.selector(), SPEC.child("selector")));
        String affinity = s.sessionAffinity() == null ? "" : s.sessionAffinity();
        if (affinity.isEmpty()) {
            errs.required(SPEC.child("sessionAffinity"));
        } else if (!affinity.equals("None") && !affinity.equals("ClientIP")) {
            errs.notSupported(SPEC.child("sessionAffinity"), affinity, List.of("ClientIP", "None"));
        } else if (affinity.equals("ClientIP")) {
            Integer timeout = s.sessionAffinityConfig() == null || s.sessionAffinityConfig().clientIP() == null ? null
                    : s.sessionAffinityConfig().clientIP().timeoutSeconds();
            if (timeout == null || timeout <= 0 || timeout > 86400) {
                errs.invalid(SPEC.child("sessionAffinityConfig", "clientIP", "timeoutSeconds"), timeout == null ? new PrintedValue("null") : timeout,
                        "must be greater than 0 and less than 86400");
            }
        } else if (s.sessionAffinityConfig() != null) {
            errs.forbidden(SPEC.child("sessionAffinityConfig"), "must not be set when session affinity is None");
        }
        policy(errs, s.externalTrafficPolicy(), SPEC.child("externalTrafficPolicy"));
        policy(errs, s.internalTrafficPolicy(), SPEC.child("internalTrafficPolicy"));
        if (s.externalIPs() != null) {
            for (int i = 0; i < s.externalIPs().size(); i++) {
                if (!IpAddresses.isValid(s.externalIPs().get(i))) {
                    errs.invalid(SPEC.child("externalIPs").index(i), s.externalIPs().get(i), "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)");
                }
            }
        }
        return errs.toList();
    }

    private static void policy(Errors errs, String value, FieldPath path) {
        if (value != null && !value.isEmpty() && !value.equals("Cluster") && !value.equals("Local")) {
            errs.notSupported(path, value, List.of("Cluster", "Local"));
        }
    }

    private static List<FieldError> ports(List<ServicePort> ports, String type) {
        Errors errs = new Errors();
        Set<String> names = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        Set<String> nodePorts = new HashSet<>();
        for (int i = 0; i < ports.size(); i++) {
            ServicePort p = ports.get(i);
            FieldPath idx = SPEC.child("ports").index(i);
            if (ports.size() > 1 && blank(p.name())) {
                errs.required(idx.child("name"));
            } else if (!blank(p.name())) {
                errs.invalidEach(idx.child("name"), p.name(), NameFormats.dns1123Label(p.name()));
                if (!names.add(p.name())) {
                    errs.duplicate(idx.child("name"), p.name());
                }
            }
            errs.invalidEach(idx.child("port"), p.port(), NameFormats.portNumber(p.port()));
            if (blank(p.protocol())) {
                errs.required(idx.child("protocol"));
            } else if (!PROTOCOLS.contains(p.protocol())) {
                errs.notSupported(idx.child("protocol"), p.protocol(), PROTOCOLS);
            }
            if (p.targetPort() != null) {
                errs.addAll(ProbeValidation.port(p.targetPort(), idx.child("targetPort")));
            }
            if (p.nodePort() != null && p.nodePort() != 0) {
                if (type.equals("ClusterIP") || type.equals("ExternalName")) {
                    errs.forbidden(idx.child("nodePort"), "may not be used when `type` is '" + type + "'");
                } else {
                    errs.invalidEach(idx.child("nodePort"), p.nodePort(), NameFormats.portNumber(p.nodePort()));
                    if (!nodePorts.add(p.nodePort() + "/" + p.protocol())) {
                        errs.duplicate(idx.child("nodePort"), p.nodePort());
                    }
                }
            }
            if (!pairs.add(p.port() + "/" + p.protocol())) {
                errs.duplicate(idx, new PrintedValue("core.ServicePort{Port:" + p.port() + ", Protocol:\"" + p.protocol() + "\"}"));
            }
        }
        return errs.toList();
    }

    @Override
    protected List<FieldError> validateChange(Service svc, Service old) {
        Errors errs = new Errors();
        String was = old.spec() == null ? null : old.spec().clusterIP();
        String now = svc.spec() == null ? null : svc.spec().clusterIP();
        if (!blank(was) && !blank(now) && !was.equals(now)) {
            errs.invalid(SPEC.child("clusterIPs").index(0), PrintedValue.of(List.of(now)), "may not change once set");
        }
        return errs.toList();
    }

    @Override
    protected void addFieldLabels(Service svc, Map<String, String> out) {
        out.put("spec.clusterIP", svc.spec() == null ? "" : nullToEmpty(svc.spec().clusterIP()));
        out.put("spec.type", svc.spec() == null ? "" : nullToEmpty(svc.spec().type()));
    }

    private static boolean blank(String s) {
        return s == null || s.isEmpty();
    }
}
