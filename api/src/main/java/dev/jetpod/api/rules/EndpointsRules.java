package dev.jetpod.api.rules;

import dev.jetpod.api.core.v1.EndpointAddress;
import dev.jetpod.api.core.v1.EndpointPort;
import dev.jetpod.api.core.v1.EndpointSubset;
import dev.jetpod.api.core.v1.Endpoints;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.api.validation.Errors;
import dev.jetpod.api.validation.FieldError;
import dev.jetpod.api.validation.FieldPath;
import dev.jetpod.api.validation.IpAddresses;
import dev.jetpod.api.validation.MetaValidation;
import dev.jetpod.api.validation.NameFormats;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Endpoints: port protocol TCP by default; addresses are IPs, ports valid and (when several) uniquely named. */
public final class EndpointsRules extends BaseRules<Endpoints> {
    public EndpointsRules() {
        super(Resources.ENDPOINTS, MetaValidation::subdomainName);
    }

    @Override
    public Endpoints applyDefaults(Endpoints e) {
        if (e.subsets() == null) {
            return e;
        }
        return e.withSubsets(e.subsets().stream().map(s -> new EndpointSubset(s.addresses(), s.notReadyAddresses(),
                s.ports() == null ? null : s.ports().stream()
                        .map(p -> p.protocol() == null || p.protocol().isEmpty() ? new EndpointPort(p.name(), p.port(), "TCP", p.appProtocol()) : p)
                        .toList())).toList());
    }

    @Override
    protected List<FieldError> validateObject(Endpoints e) {
        Errors errs = new Errors();
        List<EndpointSubset> subsets = e.subsets() == null ? List.of() : e.subsets();
        for (int i = 0; i < subsets.size(); i++) {
            EndpointSubset s = subsets.get(i);
            FieldPath idx = FieldPath.root("subsets").index(i);
            if (s.addressesOrEmpty().isEmpty() && s.notReadyAddressesOrEmpty().isEmpty()) {
                errs.required(idx, "must specify `addresses` or `notReadyAddresses`");
            }
            addresses(errs, s.addressesOrEmpty(), idx.child("addresses"));
            addresses(errs, s.notReadyAddressesOrEmpty(), idx.child("notReadyAddresses"));
            Set<String> names = new HashSet<>();
            List<EndpointPort> ports = s.portsOrEmpty();
            for (int j = 0; j < ports.size(); j++) {
                EndpointPort p = ports.get(j);
                FieldPath pp = idx.child("ports").index(j);
                if (ports.size() > 1 && (p.name() == null || p.name().isEmpty())) {
                    errs.required(pp.child("name"));
                } else if (p.name() != null && !p.name().isEmpty()) {
                    errs.invalidEach(pp.child("name"), p.name(), NameFormats.dns1123Label(p.name()));
                    if (!names.add(p.name())) {
                        errs.duplicate(pp.child("name"), p.name());
                    }
                }
                errs.invalidEach(pp.child("port"), p.port(), NameFormats.portNumber(p.port()));
                if (p.protocol() == null || p.protocol().isEmpty()) {
                    errs.required(pp.child("protocol"));
                } else if (!ServiceRules.PROTOCOLS.contains(p.protocol())) {
                    errs.notSupported(pp.child("protocol"), p.protocol(), ServiceRules.PROTOCOLS);
                }
            }
        }
        return errs.toList();
    }

    private static void addresses(Errors errs, List<EndpointAddress> addrs, FieldPath path) {
        for (int i = 0; i < addrs.size(); i++) {
            EndpointAddress a = addrs.get(i);
            FieldPath idx = path.index(i);
            if (a.ip() == null || !IpAddresses.isValid(a.ip())) {
                errs.invalid(idx.child("ip"), a.ip() == null ? "" : a.ip(), "must be a valid IP address");
            }
            if (a.hostname() != null && !a.hostname().isEmpty()) {
                errs.invalidEach(idx.child("hostname"), a.hostname(), NameFormats.dns1123Label(a.hostname()));
            }
            if (a.nodeName() != null && !a.nodeName().isEmpty()) {
                errs.invalidEach(idx.child("nodeName"), a.nodeName(), NameFormats.dns1123Subdomain(a.nodeName()));
            }
        }
    }
}
