package dev.jetpod.apiserver.registry;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ObjectMeta;
import io.vertx.core.Future;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Kubernetes' deletion rules for one object. Preconditions (uid, resourceVersion) are checked first (409). The
 * propagation policy is recorded as the garbage collector reads it: Orphan adds the "orphan" finalizer, Foreground
 * "foregroundDeletion". If finalizers (or the type, e.g. a namespace's spec.finalizers) hold the object, or the
 * type grants a grace period (pods), deletion is only marked: deletionTimestamp and deletionGracePeriodSeconds are
 * set and the object stays. Otherwise the key is removed, guarded by the revision just read.
 */
public final class ObjectDeleter {
    public static final String ORPHAN_FINALIZER = "orphan";
    public static final String FOREGROUND_FINALIZER = "foregroundDeletion";
    private static final int ATTEMPTS = 5;

    /** @param deleted true when the key is gone; false when deletion is pending (graceful or finalizers) */
    public record Outcome<T>(T object, boolean deleted) {
    }

    private ObjectDeleter() {
    }

    public static <T extends KubeObject<T>> Future<Outcome<T>> delete(ApiResource<T> r, String ns, String name, DeleteRequest opts, boolean dryRun) {
        if (dryRun) {
            return r.store().get(ns, name).map(cur -> {
                T marked = markForDeletion(r, cur, opts);
                return marked == null ? new Outcome<>(cur, true) : new Outcome<>(marked, false);
            });
        }
        return attempt(r, ns, name, opts, ATTEMPTS);
    }

    private static <T extends KubeObject<T>> Future<Outcome<T>> attempt(ApiResource<T> r, String ns, String name, DeleteRequest opts, int left) {
        boolean[] deleteNow = new boolean[1];
        return r.store().guaranteedUpdate(ns, name, cur -> {
            T marked = markForDeletion(r, cur, opts);
            deleteNow[0] = marked == null;
            return marked == null ? cur : marked;
        }).compose(cur -> {
            if (!deleteNow[0]) {
                return Future.succeededFuture(new Outcome<>(cur, false));
            }
            return r.store().delete(ns, name, cur.metadata().resourceVersion())
                    .map(gone -> new Outcome<>(gone, true))
                    .recover(e -> e instanceof ApiException a && a.isConflict() && left > 1
                            ? attempt(r, ns, name, opts, left - 1) : Future.failedFuture(e));
        });
    }

    /**
     * The object with its deletion recorded, the same instance if nothing changes, or null if it should be removed now.
     */
    static <T extends KubeObject<T>> T markForDeletion(ApiResource<T> r, T cur, DeleteRequest opts) {
        ObjectMeta m = cur.metadata();
        r.strategy().checkDeletable(cur);
        checkPreconditions(r, m, opts);
        List<String> finalizers = finalizersFor(m.finalizersOrEmpty(), opts.propagationPolicy());
        long grace = r.strategy().gracePeriodSeconds(cur, opts.gracePeriodSeconds());
        boolean held = !finalizers.isEmpty() || r.strategy().heldByTypeFinalizers(cur);
        if (!held && grace == 0) {
            return null;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ObjectMeta nm = m.withFinalizers(finalizers.isEmpty() ? null : finalizers);
        if (m.deletionTimestamp() == null) {
            nm = nm.withDeletionTimestamp(now.plusSeconds(grace)).withDeletionGracePeriodSeconds(grace);
        } else if (m.deletionGracePeriodSeconds() != null && grace < m.deletionGracePeriodSeconds()) {
            // a shorter grace period shortens a pending graceful deletion, never lengthens it
            Instant shortened = now.plusSeconds(grace);
            nm = nm.withDeletionTimestamp(shortened.isBefore(m.deletionTimestamp()) ? shortened : m.deletionTimestamp()).withDeletionGracePeriodSeconds(grace);
        }
        if (nm.equals(m) && m.deletionTimestamp() != null) {
            return cur;
        }
        return r.strategy().markDeleting(cur.withMetadata(nm));
    }

    private static <T extends KubeObject<T>> void checkPreconditions(ApiResource<T> r, ObjectMeta m, DeleteRequest opts) {
        if (opts.preconditionUid() != null && !opts.preconditionUid().equals(m.uid())) {
            throw ApiException.conflict(r.type().group(), r.type().plural(), m.name(),
                    "Precondition failed: UID in precondition: " + opts.preconditionUid() + ", UID in object meta: " + Objects.toString(m.uid(), ""));
        }
        if (opts.preconditionResourceVersion() != null && !opts.preconditionResourceVersion().equals(m.resourceVersion())) {
            throw ApiException.conflict(r.type().group(), r.type().plural(), m.name(),
                    "Precondition failed: ResourceVersion in precondition: " + opts.preconditionResourceVersion()
                            + ", ResourceVersion in object meta: " + Objects.toString(m.resourceVersion(), ""));
        }
    }

    static List<String> finalizersFor(List<String> current, String policy) {
        List<String> out = new ArrayList<>(current);
        if (DeleteRequest.ORPHAN.equals(policy)) {
            out.remove(FOREGROUND_FINALIZER);
            if (!out.contains(ORPHAN_FINALIZER)) {
                out.add(ORPHAN_FINALIZER);
            }
        } else if (DeleteRequest.FOREGROUND.equals(policy)) {
            out.remove(ORPHAN_FINALIZER);
            if (!out.contains(FOREGROUND_FINALIZER)) {
                out.add(FOREGROUND_FINALIZER);
            }
        } else if (DeleteRequest.BACKGROUND.equals(policy)) {
            out.remove(ORPHAN_FINALIZER);
            out.remove(FOREGROUND_FINALIZER);
        }
        return out;
    }
}
