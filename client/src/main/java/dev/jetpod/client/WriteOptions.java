package dev.jetpod.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Query parameters of create, update and patch.
 *
 * @param dryRun           validate and default without persisting ({@code dryRun=All})
 * @param fieldManager     who makes the change (recorded in managedFields; required by server-side apply)
 * @param fieldValidation  Strict, Warn or Ignore: what the server does with unknown or duplicate fields
 * @param force            server-side apply only: take over fields other managers own
 */
public record WriteOptions(boolean dryRun, String fieldManager, String fieldValidation, boolean force) {
    public static final WriteOptions NONE = new WriteOptions(false, null, null, false);

    public static WriteOptions fieldManager(String manager) {
        return new WriteOptions(false, manager, null, false);
    }

    public WriteOptions withDryRun(boolean d) {
        return new WriteOptions(d, fieldManager, fieldValidation, force);
    }

    public WriteOptions withFieldValidation(String v) {
        return new WriteOptions(dryRun, fieldManager, v, force);
    }

    public WriteOptions withForce(boolean f) {
        return new WriteOptions(dryRun, fieldManager, fieldValidation, f);
    }

    public Map<String, String> toQuery() {
        Map<String, String> q = new LinkedHashMap<>();
        if (dryRun) {
            q.put("dryRun", "All");
        }
        if (fieldManager != null && !fieldManager.isEmpty()) {
            q.put("fieldManager", fieldManager);
        }
        if (fieldValidation != null && !fieldValidation.isEmpty()) {
            q.put("fieldValidation", fieldValidation);
        }
        if (force) {
            q.put("force", "true");
        }
        return q;
    }
}
