package dev.jetpod.apiserver.handlers;

import dev.jetpod.api.meta.KubeList;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ListMeta;
import dev.jetpod.apiserver.http.Reply;
import dev.jetpod.apiserver.http.RequestBodyReader;
import dev.jetpod.apiserver.registry.DeleteRequest;
import dev.jetpod.apiserver.registry.ObjectDeleter;
import dev.jetpod.apiserver.storage.ListOptions;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/**
 * DELETE of a collection: lists what the selectors match at one revision, then deletes each object by the
 * single-object rules (grace periods and finalizers apply). Objects already gone meanwhile are skipped. Answers the
 * list of objects as they were deleted or marked.
 */
public final class DeleteCollectionHandler {
    private final RequestBodyReader reader;

    public DeleteCollectionHandler(RequestBodyReader reader) {
        this.reader = reader;
    }

    public <T extends KubeObject<T>> Future<Reply> handle(ResourceCall<T> call) {
        DeleteRequest opts = DeleteOptionsReader.read(reader, call);
        ListOptions<T> list = new ListOptions<>(call.namespace(), ListFilters.compile(call), null, 0, null);
        return call.store().list(list).compose(l -> deleteAll(call, l.items() == null ? List.of() : l.items(), opts)
                .map(done -> Reply.ok(new KubeList<>(call.type().apiVersion(), call.type().listKind(),
                        l.metadata() == null ? ListMeta.at(null) : l.metadata(), done))));
    }

    private <T extends KubeObject<T>> Future<List<T>> deleteAll(ResourceCall<T> call, List<T> items, DeleteRequest opts) {
        List<T> done = new ArrayList<>();
        Future<Void> chain = Future.succeededFuture();
        for (T item : items) {
            chain = chain.compose(v -> ObjectDeleter.delete(call.resource(), item.metadata().namespace(), item.metadata().name(), opts, call.dryRun())
                    .map(o -> {
                        done.add(o.object());
                        return (Void) null;
                    })
                    .recover(e -> e instanceof dev.jetpod.api.errors.ApiException a && a.isNotFound() ? Future.succeededFuture() : Future.failedFuture(e)));
        }
        return chain.map(v -> done);
    }
}
