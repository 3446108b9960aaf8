package dev.jetpod.apiserver.apply;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.StatusCause;
import dev.jetpod.api.meta.StatusDetails;
import dev.jetpod.api.meta.StatusReason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 409 of a server-side apply that would change fields other managers own, worded as kube-apiserver words it
 * ({@code Apply failed with 1 conflict: conflict with "kubectl-create" using apps/v1: .spec.replicas}), with one
 * {@code FieldManagerConflict} cause per field, which is what kubectl lists before suggesting --force-conflicts.
 */
final class ApplyConflicts {
    private final Map<String, List<String>> byManager = new LinkedHashMap<>();

    void add(ManagedFields.Entry owner, FieldSet fields) {
        String who = owner.describe() + " using " + owner.apiVersion;
        for (List<dev.jetpod.apiserver.apply.PathElement> p : fields.paths()) {
            byManager.computeIfAbsent(who, k -> new ArrayList<>()).add(FieldSet.display(p));
        }
    }

    boolean isEmpty() {
        return byManager.isEmpty();
    }

    ApiException toException() {
        List<StatusCause> causes = new ArrayList<>();
        byManager.forEach((who, paths) -> paths.forEach(p -> causes.add(new StatusCause("FieldManagerConflict", "conflict with " + who, p))));
        String detail;
        if (causes.size() == 1) {
            detail = causes.get(0).message() + ": " + causes.get(0).field();
        } else {
            List<String> lines = new ArrayList<>();
            byManager.keySet().stream().sorted().forEach(who -> {
                lines.add("conflicts with " + who + ":");
                byManager.get(who).forEach(p -> lines.add("- " + p));
            });
            detail = String.join("\n", lines);
        }
        String message = "Apply failed with " + causes.size() + " conflict" + (causes.size() == 1 ? "" : "s") + ": " + detail;
        return new ApiException(409, StatusReason.CONFLICT, message, new StatusDetails(null, null, null, null, causes, null));
    }
}
