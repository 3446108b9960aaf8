package dev.jetpod.jctl.wait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.WatchEvent;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.client.ListOptions;
import dev.jetpod.client.blocking.BlockingWatch;
import dev.jetpod.jctl.api.Api;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Waits for one object to meet a {@link WaitCondition}: reads it, then follows it through a watch on its name
 * (reopened from the last resourceVersion when the server ends one), printing a progress line to {@code progress}
 * each time where it stands changes. Deletion counts as done when the object is gone or replaced by a new one of the
 * same name (another uid).
 */
public final class ObjectWaiter {
    private final Api api;
    private final PrintStream progress;

    public ObjectWaiter(Api api, PrintStream progress) {
        this.api = api;
        this.progress = progress;
    }

    /**
     * @param label   how progress names the object, e.g. {@code pod/web}
     * @param uid     for deletion: the uid of the object being deleted (null: any object of that name)
     * @param timeout null: no limit
     * @return whether the condition was met before the timeout
     */
    public boolean await(ResourceType<?> type, String namespace, String name, String label, WaitCondition condition, String uid, Duration timeout) {
        Instant deadline = timeout == null ? null : Instant.now().plus(timeout);
        String lastProgress = null;
        boolean first = true;
        while (true) {
            boolean mustExist = first && !(condition instanceof WaitCondition.Delete) && !(condition instanceof WaitCondition.Create);
            Optional<ObjectNode> current = mustExist ? Optional.of(api.get(type, namespace, name)) : api.find(type, namespace, name);
            first = false;
            Check c = check(condition, current, uid);
            lastProgress = report(label, c, lastProgress);
            if (c.met()) {
                return true;
            }
            if (expired(deadline)) {
                return false;
            }
            String rv = current.map(o -> o.path("metadata").path("resourceVersion").asText()).orElse(null);
            ListOptions opts = ListOptions.fieldSelector("metadata.name=" + name);
            if (rv != null) {
                opts = opts.withResourceVersion(rv);
            }
            if (deadline != null) {
                opts = opts.withTimeoutSeconds((int) Math.max(1, Duration.between(Instant.now(), deadline).toSeconds() + 1));
            }
            try (BlockingWatch<JsonNode> w = api.watch(type, namespace, opts, Api.JSON)) {
                Optional<WatchEvent<JsonNode>> e;
                while ((e = w.next(remaining(deadline))).isPresent()) {
                    if (e.get().type() == WatchEvent.Type.BOOKMARK) {
                        continue;
                    }
                    Optional<ObjectNode> seen = e.get().type() == WatchEvent.Type.DELETED || !(e.get().object() instanceof ObjectNode o)
                            ? Optional.empty() : Optional.of(o);
                    Check ec = check(condition, seen, uid);
                    lastProgress = report(label, ec, lastProgress);
                    if (ec.met()) {
                        return true;
                    }
                }
            } catch (ApiException ex) {
                if (!ex.isGone()) {
                    throw ex;
                }
                // history compacted under us: read the object afresh
            }
            if (expired(deadline)) {
                return false;
            }
        }
    }

    private static Check check(WaitCondition condition, Optional<ObjectNode> obj, String uid) {
        if (condition instanceof WaitCondition.Delete) {
            if (obj.isEmpty()) {
                return Check.met("deleted");
            }
            String objUid = obj.get().path("metadata").path("uid").asText("");
            if (uid != null && !uid.equals(objUid)) {
                return Check.met("deleted (a new object of that name exists)");
            }
            return Check.notYet(terminating(obj.get()));
        }
        if (obj.isEmpty()) {
            return Check.notYet("not found yet");
        }
        return WaitCondition.evaluate(condition, obj.get());
    }

    /** Where a deletion stands: not started, in its grace period, or held by finalizers. */
    static String terminating(ObjectNode o) {
        var meta = o.path("metadata");
        if (meta.path("deletionTimestamp").isMissingNode() || meta.path("deletionTimestamp").isNull()) {
            return "still there (deletion not started)";
        }
        StringBuilder b = new StringBuilder("terminating");
        if (meta.has("deletionGracePeriodSeconds")) {
            b.append(", grace period ").append(meta.path("deletionGracePeriodSeconds").asLong()).append("s");
        }
        if (meta.path("finalizers").size() > 0) {
            b.append(", waiting for finalizers ").append(meta.path("finalizers").toString());
        }
        return b.toString();
    }

    private String report(String label, Check c, String last) {
        if (progress != null && !c.met() && !c.progress().equals(last)) {
            progress.println("waiting for " + label + ": " + c.progress());
            progress.flush();
        }
        return c.progress();
    }

    private static boolean expired(Instant deadline) {
        return deadline != null && !Instant.now().isBefore(deadline);
    }

    private static Duration remaining(Instant deadline) {
        return deadline == null ? null : Duration.between(Instant.now(), deadline);
    }
}
