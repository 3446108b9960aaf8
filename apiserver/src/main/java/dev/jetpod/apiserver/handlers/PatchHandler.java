package dev.jetpod.apiserver.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.apiserver.fieldvalidation.FieldValidator;
import dev.jetpod.apiserver.http.Reply;
import dev.jetpod.apiserver.http.RequestBodyReader;
import dev.jetpod.apiserver.metrics.ApiMetrics;
import dev.jetpod.apiserver.patch.PatchApplier;
import dev.jetpod.apiserver.patch.PatchAppliers;
import io.vertx.core.Future;

/**
 * PATCH of an object or its status: the patch is applied to the JSON tree of the stored object, the result is
 * decoded, admitted and written with guaranteedUpdate (re-applied on a lost race, so concurrent patches compose).
 */
public final class PatchHandler {
    private final RequestBodyReader reader;
    private final PatchAppliers appliers;
    private final FieldValidator fields;
    private final ApplyHandler apply;

    public PatchHandler(RequestBodyReader reader, PatchAppliers appliers, FieldValidator fields, CreateHandler creates, ObjectMapper yaml,
                        ApiMetrics metrics) {
        this.reader = reader;
        this.appliers = appliers;
        this.fields = fields;
        this.apply = new ApplyHandler(creates, fields, yaml, metrics);
    }

    public <T extends KubeObject<T>> Future<Reply> handle(ResourceCall<T> call) {
        if (ManagedFieldsRecording.isApply(call)) {
            return apply.handle(call);
        }
        ObjectUpdater.Scope scope = UpdateHandler.scopeOf(call);
        PatchApplier applier = appliers.forContentType(call.ctx().request().getHeader("Content-Type"));
        JsonNode patch = reader.readJson(call.ctx().body().buffer());
        fields.checkPatchDocument(call.ctx().request(), call.type(), call.ctx().body().buffer());
        return ObjectUpdater.update(call, cur -> {
            JsonNode patched = applier.apply(call.resource().codec().toTree(cur), patch, call.resource().patchMeta());
            fields.checkPatched(call.ctx().request(), call.type(), patched);
            T out = call.resource().codec().decodeForEndpoint(patched);
            UpdateHandler.checkIdentity(call, out);
            return out;
        }, scope).map(Reply::ok);
    }
}
