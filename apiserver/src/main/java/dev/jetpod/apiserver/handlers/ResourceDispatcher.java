package dev.jetpod.apiserver.handlers;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.StatusReason;
import dev.jetpod.apiserver.http.ContentNegotiator;
import dev.jetpod.apiserver.http.FailureHandler;
import dev.jetpod.apiserver.http.Reply;
import dev.jetpod.apiserver.http.RequestInfo;
import dev.jetpod.apiserver.http.ResponseFormat;
import dev.jetpod.apiserver.http.ResponseWriter;
import dev.jetpod.apiserver.http.Verb;
import dev.jetpod.apiserver.registry.ApiResource;
import dev.jetpod.apiserver.registry.ResourceRegistry;
import dev.jetpod.apiserver.table.TableReplies;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import dev.jetpod.api.scheme.ResourceType;
import java.util.List;
import java.util.Map;

/**
 * Sends a parsed resource request to the handler for its verb and subresource, after checking that the resource is
 * served at that scope and negotiating the response form. The table of verbs is here and nowhere else.
 */
public final class ResourceDispatcher {
    private static final List<ResponseFormat> OBJECT_FORMATS = List.of(ResponseFormat.JSON, ResponseFormat.YAML,
            ResponseFormat.TABLE_V1, ResponseFormat.TABLE_V1BETA1);
    private static final List<ResponseFormat> STREAM_FORMATS = List.of(ResponseFormat.JSON, ResponseFormat.TABLE_V1, ResponseFormat.TABLE_V1BETA1);

    private final ResourceRegistry registry;
    private final ResponseWriter writer;
    private final ReadHandler reads;
    private final WatchHandler watches;
    private final CreateHandler creates;
    private final UpdateHandler updates;
    private final PatchHandler patches;
    private final DeleteHandler deletes;
    private final DeleteCollectionHandler deleteCollections;
    private final SubresourceHandlers subresources;
    private final Map<ResourceType<?>, SubresourceHandlers.Subresource> actionCollections;
    private final TableReplies tables;

    public ResourceDispatcher(ResourceRegistry registry, ResponseWriter writer, ReadHandler reads, WatchHandler watches, CreateHandler creates,
                              UpdateHandler updates, PatchHandler patches, DeleteHandler deletes, DeleteCollectionHandler deleteCollections,
                              SubresourceHandlers subresources, Map<ResourceType<?>, SubresourceHandlers.Subresource> actionCollections,
                              TableReplies tables) {
        this.registry = registry;
        this.writer = writer;
        this.reads = reads;
        this.watches = watches;
        this.creates = creates;
        this.updates = updates;
        this.patches = patches;
        this.deletes = deletes;
        this.deleteCollections = deleteCollections;
        this.subresources = subresources;
        this.actionCollections = Map.copyOf(actionCollections);
        this.tables = tables;
    }

    public void handle(RoutingContext ctx, RequestInfo info) {
        ApiResource<?> r = registry.find(info.group(), info.version(), info.resource())
                .orElseThrow(() -> new ApiException(StatusReason.NOT_FOUND, "the server could not find the requested resource"));
        checkScope(r, info);
        ResponseFormat format = ContentNegotiator.negotiate(ctx.request().getHeader("Accept"), info.verb() == Verb.WATCH ? STREAM_FORMATS : OBJECT_FORMATS);
        ctx.put(FailureHandler.FORMAT_KEY, format);
        run(new ResourceCall<>(r, r.namespaced() ? info : info.withNamespace(""), ctx, format));
    }

    private <T extends KubeObject<T>> void run(ResourceCall<T> call) {
        RequestInfo info = call.info();
        if (!info.hasSubresource() && !call.type().hasVerb(info.verb().wireName())) {
            throw methodNotAllowed();
        }
        if (info.verb() == Verb.WATCH) {
            watches.handle(call);
            return;
        }
        SubresourceHandlers.Subresource action = actionCollections.get(call.type());
        if (action != null) {
            action.handle(call).onSuccess(r -> writer.write(call.ctx().response(), r, call.format())).onFailure(call.ctx()::fail);
            return;
        }
        Future<Reply> reply = info.hasSubresource() ? subresource(call) : switch (info.verb()) {
            case GET -> reads.get(call);
            case LIST -> reads.list(call);
            case CREATE -> creates.handle(call);
            case UPDATE -> updates.handle(call);
            case PATCH -> patches.handle(call);
            case DELETE -> deletes.handle(call);
            case DELETECOLLECTION -> deleteCollections.handle(call);
            case WATCH -> throw new IllegalStateException("watch handled above");
        };
        reply.map(r -> tables.transform(call.format(), call.query("includeObject"), r))
                .onSuccess(r -> writer.write(call.ctx().response(), r, call.format())).onFailure(call.ctx()::fail);
    }

    private <T extends KubeObject<T>> Future<Reply> subresource(ResourceCall<T> call) {
        RequestInfo info = call.info();
        if (!call.type().hasSubresource(info.subresource())) {
            throw UpdateHandler.noSuchSubresource(call);
        }
        return switch (info.subresource()) {
            case "status" -> switch (info.verb()) {
                case GET -> reads.get(call);
                case UPDATE -> updates.handle(call);
                case PATCH -> patches.handle(call);
                default -> throw methodNotAllowed();
            };
            default -> subresources.handle(call);
        };
    }

    private static void checkScope(ApiResource<?> r, RequestInfo info) {
        if (r.namespaced() && !info.hasNamespace() && info.verb() != Verb.LIST && info.verb() != Verb.WATCH) {
            throw new ApiException(StatusReason.NOT_FOUND, "the server could not find the requested resource");
        }
        boolean isNamespaceObject = r.type().plural().equals("namespaces") && info.hasName() && info.namespace().equals(info.name());
        if (!r.namespaced() && info.hasNamespace() && !isNamespaceObject) {
            throw new ApiException(StatusReason.NOT_FOUND, "the server could not find the requested resource");
        }
    }

    static ApiException methodNotAllowed() {
        return new ApiException(StatusReason.METHOD_NOT_ALLOWED, "the server does not allow this method on the requested resource");
    }
}
