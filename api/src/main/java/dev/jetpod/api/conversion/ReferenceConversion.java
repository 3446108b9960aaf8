package dev.jetpod.api.conversion;

import dev.jetpod.api.autoscaling.v1.CrossVersionObjectReference;

/** autoscaling's CrossVersionObjectReference is the same three fields in v1 and v2. */
final class ReferenceConversion {
    private ReferenceConversion() {
    }

    static CrossVersionObjectReference toV1(dev.jetpod.api.autoscaling.v2.CrossVersionObjectReference r) {
        return r == null ? null : new CrossVersionObjectReference(r.kind(), r.name(), r.apiVersion());
    }

    static dev.jetpod.api.autoscaling.v2.CrossVersionObjectReference toV2(CrossVersionObjectReference r) {
        return r == null ? null : new dev.jetpod.api.autoscaling.v2.CrossVersionObjectReference(r.kind(), r.name(), r.apiVersion());
    }
}
