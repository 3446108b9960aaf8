package dev.jetpod.apiserver.handlers;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.Status;
import dev.jetpod.api.meta.StatusDetails;
import dev.jetpod.apiserver.http.Reply;
import dev.jetpod.apiserver.http.RequestBodyReader;
import dev.jetpod.apiserver.registry.DeleteRequest;
import dev.jetpod.apiserver.registry.ObjectDeleter;
import io.vertx.core.Future;

/**
 * DELETE of one object. Answers the object while its deletion is pending (graceful period, finalizers) and for
 * types that return deleted objects (pods, namespaces); otherwise a Success Status naming what was removed.
 */
public final class DeleteHandler {
    private final RequestBodyReader reader;

    public DeleteHandler(RequestBodyReader reader) {
        this.reader = reader;
    }

    public <T extends KubeObject<T>> Future<Reply> handle(ResourceCall<T> call) {
        if (call.info().hasSubresource()) {
            throw UpdateHandler.noSuchSubresource(call);
        }
        DeleteRequest opts = DeleteOptionsReader.read(reader, call);
        return ObjectDeleter.delete(call.resource(), call.namespace(), call.name(), opts, call.dryRun())
                .map(outcome -> Reply.ok(body(call, outcome)));
    }

    static <T extends KubeObject<T>> Object body(ResourceCall<T> call, ObjectDeleter.Outcome<T> outcome) {
        if (!outcome.deleted() || call.resource().strategy().returnsDeletedObject()) {
            return outcome.object();
        }
        T o = outcome.object();
        return Status.success(new StatusDetails(o.metadata().name(), call.type().group(), call.type().plural(), o.metadata().uid(), null, null));
    }
}
