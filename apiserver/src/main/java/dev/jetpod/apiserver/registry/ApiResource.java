package dev.jetpod.apiserver.registry;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.schema.PatchMeta;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.apiserver.admission.Admission;
import dev.jetpod.apiserver.apply.FieldManager;
import dev.jetpod.apiserver.storage.ObjectStore;
import java.util.Optional;

/** Everything the handlers need to serve one resource type: its store, codec, admission and strategy. */
public record ApiResource<T extends KubeObject<T>>(
        ResourceType<T> type,
        ObjectStore<T> store,
        ObjectCodec<T> codec,
        Admission<T> admission,
        ResourceStrategy<T> strategy,
        Optional<StatusAccess<T>> statusAccess,
        Optional<ScaleAccess<T>> scaleAccess,
        FieldManager<T> fieldManager,
        PatchMeta patchMeta) {

    public boolean namespaced() {
        return type.namespaced();
    }
}
