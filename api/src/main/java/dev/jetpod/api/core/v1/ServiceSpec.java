package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** core/v1 ServiceSpec. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ServiceSpec(
        List<ServicePort> ports,
        Map<String, String> selector,
        String clusterIP,
        List<String> clusterIPs,
        String type,
        List<String> externalIPs,
        String sessionAffinity,
        String loadBalancerIP,
        List<String> loadBalancerSourceRanges,
        String externalName,
        String externalTrafficPolicy,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer healthCheckNodePort,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean publishNotReadyAddresses,
        SessionAffinityConfig sessionAffinityConfig,
        List<String> ipFamilies,
        String ipFamilyPolicy,
        Boolean allocateLoadBalancerNodePorts,
        String loadBalancerClass,
        String internalTrafficPolicy,
        String trafficDistribution) {
    public ServiceSpec withPorts(List<ServicePort> v) {
        return new ServiceSpec(v, selector, clusterIP, clusterIPs, type, externalIPs, sessionAffinity, loadBalancerIP, loadBalancerSourceRanges, externalName, externalTrafficPolicy, healthCheckNodePort, publishNotReadyAddresses, sessionAffinityConfig, ipFamilies, ipFamilyPolicy, allocateLoadBalancerNodePorts, loadBalancerClass, internalTrafficPolicy, trafficDistribution);
    }

    public ServiceSpec withSelector(Map<String, String> v) {
        return new ServiceSpec(ports, v, clusterIP, clusterIPs, type, externalIPs, sessionAffinity, loadBalancerIP, loadBalancerSourceRanges, externalName, externalTrafficPolicy, healthCheckNodePort, publishNotReadyAddresses, sessionAffinityConfig, ipFamilies, ipFamilyPolicy, allocateLoadBalancerNodePorts, loadBalancerClass, internalTrafficPolicy, trafficDistribution);
    }

    public ServiceSpec withClusterIP(String v) {
        return new ServiceSpec(ports, selector, v, clusterIPs, type, externalIPs, sessionAffinity, loadBalancerIP, loadBalancerSourceRanges, externalName, externalTrafficPolicy, healthCheckNodePort, publishNotReadyAddresses, sessionAffinityConfig, ipFamilies, ipFamilyPolicy, allocateLoadBalancerNodePorts, loadBalancerClass, internalTrafficPolicy, trafficDistribution);
    }

    public ServiceSpec withClusterIPs(List<String> v) {
        return new ServiceSpec(ports, selector, clusterIP, v, type, externalIPs, sessionAffinity, loadBalancerIP, loadBalancerSourceRanges, externalName, externalTrafficPolicy, healthCheckNodePort, publishNotReadyAddresses, sessionAffinityConfig, ipFamilies, ipFamilyPolicy, allocateLoadBalancerNodePorts, loadBalancerClass, internalTrafficPolicy, trafficDistribution);
    }

    public ServiceSpec withType(String v) {
        return new ServiceSpec(ports, selector, clusterIP, clusterIPs, v, externalIPs, sessionAffinity, loadBalancerIP, loadBalancerSourceRanges, externalName, externalTrafficPolicy, healthCheckNodePort, publishNotReadyAddresses, sessionAffinityConfig, ipFamilies, ipFamilyPolicy, allocateLoadBalancerNodePorts, loadBalancerClass, internalTrafficPolicy, trafficDistribution);
    }

    public ServiceSpec withExternalIPs(List<String> v) {
        return new ServiceSpec(ports, selector, clusterIP, clusterIPs, type, v, sessionAffinity, loadBalancerIP, loadBalancerSourceRanges, externalName, externalTrafficPolicy, healthCheckNodePort, publishNotReadyAddresses, sessionAffinityConfig, ipFamilies, ipFamilyPolicy, allocateLoadBalancerNodePorts, loadBalancerClass, internalTrafficPolicy, trafficDistribution);
    }

    public ServiceSpec withSessionAffinity(String v) {
        return new ServiceSpec(ports, selector, clusterIP, clusterIPs, type, externalIPs, v, loadBalancerIP, loadBalancerSourceRanges, externalName, externalTrafficPolicy, healthCheckNodePort, publishNotReadyAddresses, sessionAffinityConfig, ipFamilies, ipFamilyPolicy, allocateLoadBalancerNodePorts, loadBalancerClass, internalTrafficPolicy, trafficDistribution);
    }

    public ServiceSpec withLoadBalancerIP(String v) {
        return new ServiceSpec(ports, selector, clusterIP, clusterIPs, type, externalIPs, sessionAffinity, v, loadBalancerSourceRanges, externalName, externalTrafficPolicy, healthCheckNodePort, publishNotReadyAddresses, sessionAffinityConfig, ipFamilies, ipFamilyPolicy, allocateLoadBalancerNodePorts, loadBalancerClass, internalTrafficPolicy, trafficDistribution);
    }

    public ServiceSpec withLoadBalancerSourceRanges(List<String> v) {
        return new ServiceSpec(ports, selector, clusterIP, clusterIPs, type, externalIPs, sessionAffinity, loadBalancerIP, v, externalName, externalTrafficPolicy, healthCheckNodePort, publishNotReadyAddresses, sessionAffinityConfig, ipFamilies, ipFamilyPolicy, allocateLoadBalancerNodePorts, loadBalancerClass, internalTrafficPolicy, trafficDistribution);
    }

    public ServiceSpec withExternalName(String v) {
        return new ServiceSpec(ports, selector, clusterIP, clusterIPs, type, externalIPs, sessionAffinity, loadBalancerIP, loadBalancerSourceRanges, v, externalTrafficPolicy, healthCheckNodePort, publishNotReadyAddresses, sessionAffinityConfig, ipFamilies, ipFamilyPolicy, allocateLoadBalancerNodePorts, loadBalancerClass, internalTrafficPolicy, trafficDistribution);
    }

    public ServiceSpec withExternalTrafficPolicy(String v) {
        return new ServiceSpec(ports, selector, clusterIP, clusterIPs, type, externalIPs, sessionAffinity, loadBalancerIP, loadBalancerSourceRanges, externalName, v, healthCheckNodePort, publishNotReadyAddresses, sessionAffinityConfig, ipFamilies, ipFamilyPolicy, allocateLoadBalancerNodePorts, loadBalancerClass, internalTrafficPolicy, trafficDistribution);
    }

    public ServiceSpec withHealthCheckNodePort(Integer v) {
        return new ServiceSpec(ports, selector, clusterIP, clusterIPs, type, externalIPs, sessionAffinity, loadBalancerIP, loadBalancerSourceRanges, externalName, externalTrafficPolicy, v, publishNotReadyAddresses, sessionAffinityConfig, ipFamilies, ipFamilyPolicy, allocateLoadBalancerNodePorts, loadBalancerClass, internalTrafficPolicy, trafficDistribution);
    }

    public ServiceSpec withPublishNotReadyAddresses(Boolean v) {
        return new ServiceSpec(ports, selector, clusterIP, clusterIPs, type, externalIPs, sessionAffinity, loadBalancerIP, loadBalancerSourceRanges, externalName, externalTrafficPolicy, healthCheckNodePort, v, sessionAffinityConfig, ipFamilies, ipFamilyPolicy, allocateLoadBalancerNodePorts, loadBalancerClass, internalTrafficPolicy, trafficDistribution);
    }

    public ServiceSpec withSessionAffinityConfig(SessionAffinityConfig v) {
        return new ServiceSpec(ports, selector, clusterIP, clusterIPs, type, externalIPs, sessionAffinity, loadBalancerIP, loadBalancerSourceRanges, externalName, externalTrafficPolicy, healthCheckNodePort, publishNotReadyAddresses, v, ipFamilies, ipFamilyPolicy, allocateLoadBalancerNodePorts, loadBalancerClass, internalTrafficPolicy, trafficDistribution);
    }

    public ServiceSpec withIpFamilies(List<String> v) {
        return new ServiceSpec(ports, selector, clusterIP, clusterIPs, type, externalIPs, sessionAffinity, loadBalancerIP, loadBalancerSourceRanges, externalName, externalTrafficPolicy, healthCheckNodePort, publishNotReadyAddresses, sessionAffinityConfig, v, ipFamilyPolicy, allocateLoadBalancerNodePorts, loadBalancerClass, internalTrafficPolicy, trafficDistribution);
    }

    public ServiceSpec withIpFamilyPolicy(String v) {
        return new ServiceSpec(ports, selector, clusterIP, clusterIPs, type, externalIPs, sessionAffinity, loadBalancerIP, loadBalancerSourceRanges, externalName, externalTrafficPolicy, healthCheckNodePort, publishNotReadyAddresses, sessionAffinityConfig, ipFamilies, v, allocateLoadBalancerNodePorts, loadBalancerClass, internalTrafficPolicy, trafficDistribution);
    }

    public ServiceSpec withAllocateLoadBalancerNodePorts(Boolean v) {
        return new ServiceSpec(ports, selector, clusterIP, clusterIPs, type, externalIPs, sessionAffinity, loadBalancerIP, loadBalancerSourceRanges, externalName, externalTrafficPolicy, healthCheckNodePort, publishNotReadyAddresses, sessionAffinityConfig, ipFamilies, ipFamilyPolicy, v, loadBalancerClass, internalTrafficPolicy, trafficDistribution);
    }

    public ServiceSpec withLoadBalancerClass(String v) {
        return new ServiceSpec(ports, selector, clusterIP, clusterIPs, type, externalIPs, sessionAffinity, loadBalancerIP, loadBalancerSourceRanges, externalName, externalTrafficPolicy, healthCheckNodePort, publishNotReadyAddresses, sessionAffinityConfig, ipFamilies, ipFamilyPolicy, allocateLoadBalancerNodePorts, v, internalTrafficPolicy, trafficDistribution);
    }

    public ServiceSpec withInternalTrafficPolicy(String v) {
        return new ServiceSpec(ports, selector, clusterIP, clusterIPs, type, externalIPs, sessionAffinity, loadBalancerIP, loadBalancerSourceRanges, externalName, externalTrafficPolicy, healthCheckNodePort, publishNotReadyAddresses, sessionAffinityConfig, ipFamilies, ipFamilyPolicy, allocateLoadBalancerNodePorts, loadBalancerClass, v, trafficDistribution);
    }

    public ServiceSpec withTrafficDistribution(String v) {
        return new ServiceSpec(ports, selector, clusterIP, clusterIPs, type, externalIPs, sessionAffinity, loadBalancerIP, loadBalancerSourceRanges, externalName, externalTrafficPolicy, healthCheckNodePort, publishNotReadyAddresses, sessionAffinityConfig, ipFamilies, ipFamilyPolicy, allocateLoadBalancerNodePorts, loadBalancerClass, internalTrafficPolicy, v);
    }

    public List<ServicePort> portsOrEmpty() {
        return ports == null ? List.of() : ports;
    }

    public Map<String, String> selectorOrEmpty() {
        return selector == null ? Map.of() : selector;
    }

    public List<String> clusterIPsOrEmpty() {
        return clusterIPs == null ? List.of() : clusterIPs;
    }

    public List<String> externalIPsOrEmpty() {
        return externalIPs == null ? List.of() : externalIPs;
    }

    public List<String> loadBalancerSourceRangesOrEmpty() {
        return loadBalancerSourceRanges == null ? List.of() : loadBalancerSourceRanges;
    }

    public List<String> ipFamiliesOrEmpty() {
        return ipFamilies == null ? List.of() : ipFamilies;
    }
}
