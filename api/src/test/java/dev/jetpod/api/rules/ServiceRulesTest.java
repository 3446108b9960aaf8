package dev.jetpod.api.rules;

import static dev.jetpod.api.rules.RulesFixture.createErrors;
import static dev.jetpod.api.rules.RulesFixture.rules;
import static dev.jetpod.api.rules.RulesFixture.updateErrors;
import static dev.jetpod.api.rules.RulesFixture.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.api.core.v1.Service;
import dev.jetpod.api.intstr.IntOrString;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceRulesTest {
    static Service service(String name, String spec) {
        return yaml("apiVersion: v1\nkind: Service\nmetadata: {name: " + name + ", namespace: default}\nspec: " + spec + "\n", Service.class);
    }

    @Test
    void defaultsLikeKubernetes() throws Exception {
        Service s = rules(Service.class).applyDefaults(service("web", "{selector: {app: web}, ports: [{port: 80}, {name: x, port: 81, targetPort: http}]}"));
        assertEquals("ClusterIP", s.spec().type());
        assertEquals("None", s.spec().sessionAffinity());
        assertEquals("Cluster", s.spec().internalTrafficPolicy());
        assertEquals("TCP", s.spec().ports().get(0).protocol());
        assertEquals(IntOrString.of(80), s.spec().ports().get(0).targetPort(), "targetPort defaults to port");
        assertEquals(IntOrString.of("http"), s.spec().ports().get(1).targetPort());
        assertEquals(RulesFixture.JSON.readTree("{\"loadBalancer\":{}}"), RulesFixture.JSON.readTree(RulesFixture.json(s.status())));
        Service lb = rules(Service.class).applyDefaults(service("web", "{type: LoadBalancer, sessionAffinity: ClientIP, ports: [{port: 80}]}"));
        assertEquals("Cluster", lb.spec().externalTrafficPolicy());
        assertEquals(true, lb.spec().allocateLoadBalancerNodePorts());
        assertEquals(10800, lb.spec().sessionAffinityConfig().clientIP().timeoutSeconds());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "name must be DNS-1035|1web|{ports: [{port: 80}]}|metadata.name: Invalid value: \"1web\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
            "ports required|web|{selector: {app: web}}|spec.ports: Required value",
            "port range|web|{ports: [{port: 0}]}|spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive",
            "names required with several ports|web|{ports: [{port: 80}, {port: 81}]}|spec.ports[0].name: Required value",
            "duplicate port names|web|{ports: [{name: a, port: 80}, {name: a, port: 81}]}|spec.ports[1].name: Duplicate value: \"a\"",
            "duplicate port and protocol|web|{ports: [{name: a, port: 80}, {name: b, port: 80}]}|spec.ports[1]: Duplicate value: core.ServicePort{Port:80, Protocol:\"TCP\"}",
            "protocol|web|{ports: [{port: 80, protocol: ICMP}]}|spec.ports[0].protocol: Unsupported value: \"ICMP\"",
            "target port|web|{ports: [{port: 80, targetPort: 70000}]}|spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive",
            "nodePort on ClusterIP|web|{ports: [{port: 80, nodePort: 30080}]}|spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'",
            "type|web|{type: Magic, ports: [{port: 80}]}|spec.type: Unsupported value: \"Magic\"",
            "externalName required|web|{type: ExternalName}|spec.externalName: Required value",
            "clusterIP|web|{clusterIP: 10.0.0.300, ports: [{port: 80}]}|spec.clusterIPs[0]: Invalid value: \"10.0.0.300\": must be a valid IP address",
            "affinity|web|{sessionAffinity: Sticky, ports: [{port: 80}]}|spec.sessionAffinity: Unsupported value: \"Sticky\"",
            "affinity timeout|web|{sessionAffinity: ClientIP, sessionAffinityConfig: {clientIP: {timeoutSeconds: 100000}}, ports: [{port: 80}]}|spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 100000: must be greater than 0 and less than 86400",
            "selector|web|{selector: {'a b': c}, ports: [{port: 80}]}|spec.selector: Invalid value: \"a b\"",
    })
    void rejectsInvalidServices(String name, String svcName, String spec, String expected) {
        List<String> errs = createErrors(service(svcName, spec), Service.class);
        assertTrue(errs.stream().anyMatch(e -> e.startsWith(expected)), () -> "expected [" + expected + "] among " + errs);
    }

    @Test
    void headlessAndExternalNameNeedNoPorts() {
        assertEquals(List.of(), createErrors(service("db", "{clusterIP: None, selector: {app: db}}"), Service.class));
        assertEquals(List.of(), createErrors(service("ext", "{type: ExternalName, externalName: db.example.com.}"), Service.class));
    }

    @Test
    void clusterIpMayNotChangeOnceSet() {
        Service old = service("web", "{clusterIP: 10.96.0.10, ports: [{port: 80}]}");
        assertEquals(List.of("spec.clusterIPs[0]: Invalid value: []string{\"10.96.0.11\"}: may not change once set"),
                updateErrors(service("web", "{clusterIP: 10.96.0.11, ports: [{port: 80}]}"), old, Service.class));
        assertEquals(List.of(), updateErrors(service("web", "{clusterIP: 10.96.0.10, ports: [{port: 8080}]}"), old, Service.class));
    }
}
