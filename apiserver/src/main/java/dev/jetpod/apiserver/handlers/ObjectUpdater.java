package dev.jetpod.apiserver.handlers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.validation.FieldError;
import dev.jetpod.apiserver.admission.Admission;
import dev.jetpod.apiserver.registry.ApiResource;
import dev.jetpod.apiserver.storage.UpdateFunction;
import io.vertx.core.Future;
import java.util.List;
import java.util.Objects;

/**
 * The write path shared by PUT, PATCH and the subresources: compute the desired object from the stored one,
 * check the resourceVersion precondition, keep what the client may not change (system metadata; .status for
 * main-resource writes, everything but .status for status writes), admit, bump generation when the spec changed,
 * and write with guaranteedUpdate. An update that removes the last finalizer of an object whose deletion is
 * pending removes it, as Kubernetes does.
 */
final class ObjectUpdater {

    /** Which part of the object a write may change. */
    enum Scope { MAIN, STATUS, WHOLE_PREPARED }

    private ObjectUpdater() {
    }

    static <T extends KubeObject<T>> Future<T> update(ResourceCall<T> call, UpdateFunction<T> desired, Scope scope) {
        ApiResource<T> r = call.resource();
        UpdateFunction<T> fn = cur -> merge(call, cur, desired.apply(cur), scope);
        if (call.dryRun()) {
            return r.store().get(call.namespace(), call.name()).map(fn::apply);
        }
        return r.store().guaranteedUpdate(call.namespace(), call.name(), fn)
                .compose(written -> deleteIfFinalized(r, written));
    }

    static <T extends KubeObject<T>> T merge(ResourceCall<T> call, T cur, T incoming, Scope scope) {
        ApiResource<T> r = call.resource();
        ObjectMeta in = incoming.metadata() == null ? ObjectMeta.empty() : incoming.metadata();
        ObjectMeta old = cur.metadata();
        if (in.name() != null && !in.name().isEmpty() && !in.name().equals(old.name())) {
            throw ApiException.badRequest("the name of the object (" + in.name() + ") does not match the name on the URL (" + old.name() + ")");
        }
        String rv = in.resourceVersion();
        if (rv != null && !rv.isEmpty() && !rv.equals(old.resourceVersion())) {
            throw ApiException.modified(r.type().group(), r.type().plural(), old.name());
        }
        T merged = switch (scope) {
            case STATUS -> r.statusAccess().orElseThrow().withStatusOf(cur, incoming);
            case MAIN -> r.statusAccess().map(s -> s.withStatusOf(incoming, cur)).orElse(incoming);
            case WHOLE_PREPARED -> incoming;
        };
        ObjectMeta m = scope == Scope.STATUS ? old : merged.metadata() == null ? ObjectMeta.empty() : merged.metadata();
        checkNoNewFinalizersWhileDeleting(r, old, m);
        m = m.withName(old.name())
                .withNamespace(old.namespace())
                .withUid(old.uid())
                .withCreationTimestamp(old.creationTimestamp())
                .withDeletionTimestamp(old.deletionTimestamp())
                .withDeletionGracePeriodSeconds(old.deletionGracePeriodSeconds())
                .withGeneration(old.generation())
                .withResourceVersion(old.resourceVersion())
                .withGenerateName(old.generateName());
        merged = merged.withMetadata(m).withTypeMeta(r.type().apiVersion(), r.type().kind());
        T admitted = scope == Scope.MAIN ? r.admission().admitUpdate(merged, cur) : r.admission().admitSubresourceUpdate(merged, cur);
        admitted = ManagedFieldsRecording.carryOver(call, cur, admitted);
        ObjectNode curTree = r.codec().toTree(cur);
        ObjectNode newTree = r.codec().toTree(admitted);
        if (curTree.equals(newTree)) {
            return cur;
        }
        if (scope != Scope.STATUS && specChanged(curTree, newTree)) {
            long gen = old.generation() == null ? 1 : old.generation() + 1;
            admitted = admitted.withMetadata(admitted.metadata().withGeneration(gen));
        }
        return ManagedFieldsRecording.onUpdate(call, cur, admitted);
    }

    /** Everything but metadata and status counts as spec (ConfigMap data, Secret data, …). */
    private static boolean specChanged(ObjectNode a, ObjectNode b) {
        ObjectNode x = a.deepCopy();
        ObjectNode y = b.deepCopy();
        for (String f : List.of("metadata", "status", "apiVersion", "kind")) {
            x.remove(f);
            y.remove(f);
        }
        return !x.equals(y);
    }

    private static <T extends KubeObject<T>> void checkNoNewFinalizersWhileDeleting(ApiResource<T> r, ObjectMeta old, ObjectMeta m) {
        if (old.deletionTimestamp() == null) {
            return;
        }
        for (String f : m.finalizersOrEmpty()) {
            if (!old.finalizersOrEmpty().contains(f)) {
                throw Admission.invalid(r.type().group(), r.type().kind(), old.name(),
                        List.of(FieldError.forbidden("metadata.finalizers", "no new finalizers can be added if the object is being deleted, found new finalizers [\"" + f + "\"]")));
            }
        }
    }

    /** Removes an object whose pending deletion was held only by finalizers that this write took away. */
    static <T extends KubeObject<T>> Future<T> deleteIfFinalized(ApiResource<T> r, T written) {
        ObjectMeta m = written.metadata();
        boolean finalized = m.deletionTimestamp() != null && m.finalizersOrEmpty().isEmpty()
                && Objects.equals(m.deletionGracePeriodSeconds(), 0L) && !r.strategy().heldByTypeFinalizers(written);
        if (!finalized) {
            return Future.succeededFuture(written);
        }
        return r.store().delete(m.namespace(), m.name(), m.resourceVersion())
                .map(gone -> written)
                .recover(e -> e instanceof ApiException a && (a.isNotFound() || a.isConflict()) ? Future.succeededFuture(written) : Future.failedFuture(e));
    }
}
