package dev.jetpod.apiserver.handlers;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.apiserver.apply.FieldManager;
import dev.jetpod.apiserver.apply.ManagerNames;
import dev.jetpod.apiserver.http.PatchType;
import dev.jetpod.apiserver.http.RequestBodyReader;
import java.time.Instant;

/**
 * Where the write path records field ownership (dev.jetpod.apiserver.apply): a create or update that changed the
 * object records an Update entry for its manager; a write that sends no managedFields keeps the stored ones. A
 * server-side apply has already computed its own ownership and is left as it is.
 */
final class ManagedFieldsRecording {
    private ManagedFieldsRecording() {
    }

    static boolean isApply(ResourceCall<?> call) {
        return PatchType.APPLY.mediaType().equals(RequestBodyReader.mediaType(call.ctx().request().getHeader("Content-Type")))
                && call.info().verb() == dev.jetpod.apiserver.http.Verb.PATCH;
    }

    static <T extends KubeObject<T>> T onCreate(ResourceCall<T> call, T admitted) {
        if (isApply(call)) {
            return admitted;
        }
        return call.resource().fieldManager().recordUpdate(null, admitted, manager(call, "CreateOptions"), call.info().subresource(), Instant.now());
    }

    /**
     * {@link #onCreate} with the created object's JSON tree when this write records managed fields (made on the way,
     * for the store to write out); the tree is null for a server-side apply.
     */
    static <T extends KubeObject<T>> FieldManager.Recorded<T> onCreateWithTree(ResourceCall<T> call, T admitted) {
        if (isApply(call)) {
            return new FieldManager.Recorded<>(admitted, null);
        }
        return call.resource().fieldManager().recordCreate(admitted, manager(call, "CreateOptions"), call.info().subresource(), Instant.now());
    }

    static <T extends KubeObject<T>> T carryOver(ResourceCall<T> call, T cur, T admitted) {
        return call.resource().fieldManager().carryOver(cur, admitted);
    }

    static <T extends KubeObject<T>> T onUpdate(ResourceCall<T> call, T cur, T admitted) {
        if (isApply(call) || admitted == cur) {
            return admitted;
        }
        String kind = call.info().verb() == dev.jetpod.apiserver.http.Verb.PATCH ? "PatchOptions" : "UpdateOptions";
        return call.resource().fieldManager().recordUpdate(cur, admitted, manager(call, kind), call.info().subresource(), Instant.now());
    }

    private static String manager(ResourceCall<?> call, String optionsKind) {
        return ManagerNames.of(call.query("fieldManager"), call.ctx().request().getHeader("User-Agent"), optionsKind);
    }
}
