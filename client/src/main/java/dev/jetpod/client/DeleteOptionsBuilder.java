package dev.jetpod.client;

import dev.jetpod.api.meta.DeleteOptions;
import dev.jetpod.api.meta.Preconditions;
import java.util.List;

/**
 * Builds the {@link DeleteOptions} body of a DELETE: {@code DeleteOptionsBuilder.create().gracePeriodSeconds(0).build()}.
 */
public final class DeleteOptionsBuilder {
    public static final String ORPHAN = "Orphan";
    public static final String BACKGROUND = "Background";
    public static final String FOREGROUND = "Foreground";

    private Long gracePeriodSeconds;
    private Preconditions preconditions;
    private String propagationPolicy;
    private List<String> dryRun;

    private DeleteOptionsBuilder() {
    }

    public static DeleteOptionsBuilder create() {
        return new DeleteOptionsBuilder();
    }

    /** The defaults: the server's grace period, the type's default propagation. */
    public static DeleteOptions defaults() {
        return create().build();
    }

    /** 0 removes a pod at once; null keeps the pod's own terminationGracePeriodSeconds. */
    public DeleteOptionsBuilder gracePeriodSeconds(Long seconds) {
        this.gracePeriodSeconds = seconds;
        return this;
    }

    /** {@link #ORPHAN}, {@link #BACKGROUND} or {@link #FOREGROUND}: what the garbage collector does with dependents. */
    public DeleteOptionsBuilder propagationPolicy(String policy) {
        this.propagationPolicy = policy;
        return this;
    }

    /** Delete only if the object still has this uid and/or resourceVersion (else 409 Conflict). */
    public DeleteOptionsBuilder preconditions(String uid, String resourceVersion) {
        this.preconditions = new Preconditions(uid, resourceVersion);
        return this;
    }

    /** Validate without deleting. */
    public DeleteOptionsBuilder dryRun() {
        this.dryRun = List.of("All");
        return this;
    }

    public DeleteOptions build() {
        return new DeleteOptions("v1", "DeleteOptions", gracePeriodSeconds, preconditions, null, propagationPolicy, dryRun, null);
    }
}
