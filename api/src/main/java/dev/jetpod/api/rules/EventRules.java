package dev.jetpod.api.rules;

import dev.jetpod.api.core.v1.Event;
import dev.jetpod.api.core.v1.ObjectReference;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.api.validation.Errors;
import dev.jetpod.api.validation.FieldError;
import dev.jetpod.api.validation.FieldPath;
import dev.jetpod.api.validation.MetaValidation;
import java.util.List;
import java.util.Map;

/**
 * core/v1 Events: the event lives in its object's namespace ("default" for cluster-scoped objects), type is Normal
 * or Warning when given. reportingComponent/reportingInstance default to "" because Kubernetes always writes them.
 */
public final class EventRules extends BaseRules<Event> {
    public EventRules() {
        super(Resources.EVENTS, MetaValidation::subdomainName, "involvedObject.kind", "involvedObject.namespace", "involvedObject.name",
                "involvedObject.uid", "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason",
                "reportingComponent", "source", "type");
    }

    @Override
    public Event applyDefaults(Event e) {
        if (e.reportingComponent() != null && e.reportingInstance() != null) {
            return e;
        }
        return new Event(e.apiVersion(), e.kind(), e.metadata(), e.involvedObject(), e.reason(), e.message(), e.source(), e.firstTimestamp(),
                e.lastTimestamp(), e.count(), e.type(), e.eventTime(), e.series(), e.action(), e.related(),
                nullToEmpty(e.reportingComponent()), nullToEmpty(e.reportingInstance()));
    }

    @Override
    protected List<FieldError> validateObject(Event e) {
        Errors errs = new Errors();
        String ns = e.metadata() == null ? "" : nullToEmpty(e.metadata().namespace());
        String objNs = e.involvedObject() == null ? "" : nullToEmpty(e.involvedObject().namespace());
        FieldPath p = FieldPath.root("involvedObject").child("namespace");
        if (objNs.isEmpty() ? !ns.isEmpty() && !ns.equals("default") : !objNs.equals(ns)) {
            errs.invalid(p, objNs, "does not match event.namespace");
        }
        if (e.type() != null && !e.type().isEmpty() && !e.type().equals("Normal") && !e.type().equals("Warning")) {
            errs.notSupported(FieldPath.root("type"), e.type(), List.of("Normal", "Warning"));
        }
        if (e.count() != null && e.count() < 0) {
            errs.invalid(FieldPath.root("count"), e.count(), "must be greater than or equal to 0");
        }
        return errs.toList();
    }

    @Override
    protected void addFieldLabels(Event e, Map<String, String> out) {
        ObjectReference o = e.involvedObject();
        out.put("involvedObject.kind", o == null ? "" : nullToEmpty(o.kind()));
        out.put("involvedObject.namespace", o == null ? "" : nullToEmpty(o.namespace()));
        out.put("involvedObject.name", o == null ? "" : nullToEmpty(o.name()));
        out.put("involvedObject.uid", o == null ? "" : nullToEmpty(o.uid()));
        out.put("involvedObject.apiVersion", o == null ? "" : nullToEmpty(o.apiVersion()));
        out.put("involvedObject.resourceVersion", o == null ? "" : nullToEmpty(o.resourceVersion()));
        out.put("involvedObject.fieldPath", o == null ? "" : nullToEmpty(o.fieldPath()));
        out.put("reason", nullToEmpty(e.reason()));
        out.put("reportingComponent", nullToEmpty(e.reportingComponent()));
        out.put("source", e.source() == null ? "" : nullToEmpty(e.source().component()));
        out.put("type", nullToEmpty(e.type()));
    }
}
