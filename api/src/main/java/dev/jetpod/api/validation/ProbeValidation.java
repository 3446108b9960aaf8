package dev.jetpod.api.validation;

import dev.jetpod.api.core.v1.ExecAction;
import dev.jetpod.api.core.v1.HTTPGetAction;
import dev.jetpod.api.core.v1.Lifecycle;
import dev.jetpod.api.core.v1.LifecycleHandler;
import dev.jetpod.api.core.v1.Probe;
import dev.jetpod.api.intstr.IntOrString;
import java.util.List;

/** validateProbe and validateLifecycle: exactly one handler, sane timings, valid ports. */
public final class ProbeValidation {
    private ProbeValidation() {
    }

    public enum Kind { LIVENESS, READINESS, STARTUP }

    public static List<FieldError> validate(Probe p, Kind kind, FieldPath path) {
        Errors errs = new Errors();
        if (p == null) {
            return errs.toList();
        }
        int handlers = 0;
        if (p.exec() != null) {
            handlers++;
            errs.addAll(exec(p.exec(), path.child("exec")));
        }
        if (p.httpGet() != null) {
            handlers = forbidSecond(errs, handlers, path.child("httpGet"));
            errs.addAll(httpGet(p.httpGet(), path.child("httpGet")));
        }
        if (p.tcpSocket() != null) {
            handlers = forbidSecond(errs, handlers, path.child("tcpSocket"));
            errs.addAll(port(p.tcpSocket().port(), path.child("tcpSocket", "port")));
        }
        if (p.grpc() != null) {
            handlers = forbidSecond(errs, handlers, path.child("grpc"));
            errs.invalidEach(path.child("grpc", "port"), p.grpc().port(), NameFormats.portNumber(p.grpc().port()));
        }
        if (handlers == 0) {
            errs.required(path, "must specify a handler type");
        }
        errs.nonNegative(path.child("initialDelaySeconds"), p.initialDelaySeconds());
        errs.nonNegative(path.child("timeoutSeconds"), p.timeoutSeconds());
        errs.nonNegative(path.child("periodSeconds"), p.periodSeconds());
        errs.nonNegative(path.child("successThreshold"), p.successThreshold());
        errs.nonNegative(path.child("failureThreshold"), p.failureThreshold());
        if (kind != Kind.READINESS && p.successThreshold() != null && p.successThreshold() != 1) {
            errs.invalid(path.child("successThreshold"), p.successThreshold(), "must be 1");
        }
        if (p.terminationGracePeriodSeconds() != null) {
            if (kind == Kind.READINESS) {
                errs.invalid(path.child("terminationGracePeriodSeconds"), p.terminationGracePeriodSeconds(), "must not be set for readinessProbes");
            } else {
                errs.positive(path.child("terminationGracePeriodSeconds"), p.terminationGracePeriodSeconds());
            }
        }
        return errs.toList();
    }

    public static List<FieldError> validate(Lifecycle l, FieldPath path) {
        Errors errs = new Errors();
        if (l == null) {
            return errs.toList();
        }
        if (l.postStart() != null) {
            errs.addAll(handler(l.postStart(), path.child("postStart")));
        }
        if (l.preStop() != null) {
            errs.addAll(handler(l.preStop(), path.child("preStop")));
        }
        return errs.toList();
    }

    private static List<FieldError> handler(LifecycleHandler h, FieldPath path) {
        Errors errs = new Errors();
        int handlers = 0;
        if (h.exec() != null) {
            handlers++;
            errs.addAll(exec(h.exec(), path.child("exec")));
        }
        if (h.httpGet() != null) {
            handlers = forbidSecond(errs, handlers, path.child("httpGet"));
            errs.addAll(httpGet(h.httpGet(), path.child("httpGet")));
        }
        if (h.tcpSocket() != null) {
            handlers = forbidSecond(errs, handlers, path.child("tcpSocket"));
            errs.addAll(port(h.tcpSocket().port(), path.child("tcpSocket", "port")));
        }
        if (h.sleep() != null) {
            handlers = forbidSecond(errs, handlers, path.child("sleep"));
            errs.nonNegative(path.child("sleep", "seconds"), h.sleep().seconds());
        }
        if (handlers == 0) {
            errs.required(path, "must specify a handler type");
        }
        return errs.toList();
    }

    private static int forbidSecond(Errors errs, int handlers, FieldPath path) {
        if (handlers > 0) {
            errs.forbidden(path, "may not specify more than 1 handler type");
        }
        return handlers + 1;
    }

    private static List<FieldError> exec(ExecAction e, FieldPath path) {
        Errors errs = new Errors();
        if (e.command() == null || e.command().isEmpty()) {
            errs.required(path.child("command"));
        }
        return errs.toList();
    }

    private static List<FieldError> httpGet(HTTPGetAction h, FieldPath path) {
        Errors errs = new Errors().addAll(port(h.port(), path.child("port")));
        if (h.scheme() != null && !h.scheme().equals("HTTP") && !h.scheme().equals("HTTPS")) {
            errs.notSupported(path.child("scheme"), h.scheme(), List.of("HTTP", "HTTPS"));
        }
        if (h.httpHeaders() != null) {
            for (int i = 0; i < h.httpHeaders().size(); i++) {
                String name = h.httpHeaders().get(i).name();
                if (name == null || !name.matches("[-A-Za-z0-9]+")) {
                    errs.invalid(path.child("httpHeaders").index(i).child("name"), name == null ? "" : name, "a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')");
                }
            }
        }
        return errs.toList();
    }

    /** A port that is a number in range or a valid port name (ValidatePortNumOrName). */
    public static List<FieldError> port(IntOrString port, FieldPath path) {
        Errors errs = new Errors();
        if (port == null) {
            return errs.required(path).toList();
        }
        if (port.isInt()) {
            errs.invalidEach(path, port.intValue(), NameFormats.portNumber(port.intValue()));
        } else if (port.stringValue().isEmpty()) {
            errs.required(path);
        } else {
            errs.invalidEach(path, port.stringValue(), NameFormats.portName(port.stringValue()));
        }
        return errs.toList();
    }
}
