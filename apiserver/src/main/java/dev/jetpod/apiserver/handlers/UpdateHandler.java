package dev.jetpod.apiserver.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.apiserver.fieldvalidation.FieldValidator;
import dev.jetpod.apiserver.http.Reply;
import dev.jetpod.apiserver.http.RequestBodyReader;
import io.vertx.core.Future;

/**
 * PUT of an object or its status: the body replaces what the write may change; a non-empty
 * metadata.resourceVersion must equal the stored one (else 409 Conflict), an empty one updates unconditionally.
 */
public final class UpdateHandler {
    private final RequestBodyReader reader;
    private final FieldValidator fields;

    public UpdateHandler(RequestBodyReader reader, FieldValidator fields) {
        this.reader = reader;
        this.fields = fields;
    }

    public <T extends KubeObject<T>> Future<Reply> handle(ResourceCall<T> call) {
        ObjectUpdater.Scope scope = scopeOf(call);
        JsonNode tree = reader.readObject(call.ctx().request().getHeader("Content-Type"), call.ctx().body().buffer());
        fields.checkObject(call.ctx().request(), call.type(), "UpdateOptions", call.ctx().body().buffer(), tree);
        T incoming = call.resource().codec().decodeForEndpoint(tree);
        checkIdentity(call, incoming);
        return ObjectUpdater.update(call, cur -> incoming, scope).map(Reply::ok);
    }

    static <T extends KubeObject<T>> ObjectUpdater.Scope scopeOf(ResourceCall<T> call) {
        String sub = call.info().subresource();
        if (sub.isEmpty()) {
            return ObjectUpdater.Scope.MAIN;
        }
        if (sub.equals("status") && call.resource().statusAccess().isPresent()) {
            return ObjectUpdater.Scope.STATUS;
        }
        throw noSuchSubresource(call);
    }

    static ApiException noSuchSubresource(ResourceCall<?> call) {
        return new ApiException(dev.jetpod.api.meta.StatusReason.NOT_FOUND, "the server could not find the requested resource");
    }

    /** The body may not name another object than the URL (kube-apiserver: 400 BadRequest). */
    static <T extends KubeObject<T>> void checkIdentity(ResourceCall<T> call, T incoming) {
        ObjectMeta m = incoming.metadata();
        if (m == null) {
            return;
        }
        if (m.name() != null && !m.name().isEmpty() && !m.name().equals(call.name())) {
            throw ApiException.badRequest("the name of the object (" + m.name() + ") does not match the name on the URL (" + call.name() + ")");
        }
        if (call.resource().namespaced() && m.namespace() != null && !m.namespace().isEmpty() && !m.namespace().equals(call.namespace())) {
            throw ApiException.badRequest("the namespace of the provided object does not match the namespace sent on the request");
        }
    }
}
