package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** core/v1 EndpointSubset: every address in it serves every port in it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EndpointSubset(
        List<EndpointAddress> addresses,
        List<EndpointAddress> notReadyAddresses,
        List<EndpointPort> ports) {
    public List<EndpointAddress> addressesOrEmpty() {
        return addresses == null ? List.of() : addresses;
    }

    public List<EndpointAddress> notReadyAddressesOrEmpty() {
        return notReadyAddresses == null ? List.of() : notReadyAddresses;
    }

    public List<EndpointPort> portsOrEmpty() {
        return ports == null ? List.of() : ports;
    }
}
