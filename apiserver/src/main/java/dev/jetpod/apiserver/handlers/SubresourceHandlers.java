package dev.jetpod.apiserver.handlers;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.apiserver.http.Reply;
import io.vertx.core.Future;
import java.util.Map;

/** The subresources other than status (binding, scale, finalize), each one handler, looked up by name. */
public final class SubresourceHandlers {

    /** One subresource's handler. */
    public interface Subresource {
        <T extends KubeObject<T>> Future<Reply> handle(ResourceCall<T> call);
    }

    private final Map<String, Subresource> byName;

    public SubresourceHandlers(Map<String, Subresource> byName) {
        this.byName = Map.copyOf(byName);
    }

    public <T extends KubeObject<T>> Future<Reply> handle(ResourceCall<T> call) {
        Subresource s = byName.get(call.info().subresource());
        if (s == null) {
            throw UpdateHandler.noSuchSubresource(call);
        }
        return s.handle(call);
    }
}
