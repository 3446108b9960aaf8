package dev.jetpod.apiserver.apply;

import dev.jetpod.api.meta.ManagedFieldsEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An object's managedFields as a working model: one entry per (manager, operation, subresource), each owning a
 * field set at an apiVersion. Encoded back sorted the way kube-apiserver sorts them (operation, time, manager),
 * with empty entries dropped.
 */
public final class ManagedFields {
    public static final String APPLY = "Apply";
    public static final String UPDATE = "Update";

    /** Who owns a set of fields, and since when. */
    public static final class Entry {
        final String manager;
        final String operation;
        final String subresource;
        String apiVersion;
        Instant time;
        FieldSet fields;

        Entry(String manager, String operation, String subresource, String apiVersion, Instant time, FieldSet fields) {
            this.manager = manager;
            this.operation = operation;
            this.subresource = subresource == null ? "" : subresource;
            this.apiVersion = apiVersion;
            this.time = time;
            this.fields = fields;
        }

        public String manager() {
            return manager;
        }

        public String operation() {
            return operation;
        }

        public String subresource() {
            return subresource;
        }

        public FieldSet fields() {
            return fields;
        }

        boolean is(String manager, String operation, String subresource) {
            return this.manager.equals(manager) && this.operation.equals(operation) && this.subresource.equals(subresource == null ? "" : subresource);
        }

        /** How a conflict names this manager: {@code "kubectl-create"}, with its subresource when it has one. */
        String describe() {
            return "\"" + manager + "\"" + (subresource.isEmpty() ? "" : " with subresource \"" + subresource + "\"");
        }
    }

    private final List<Entry> entries;

    private ManagedFields(List<Entry> entries) {
        this.entries = entries;
    }

    public static ManagedFields decode(List<ManagedFieldsEntry> list) {
        List<Entry> out = new ArrayList<>();
        if (list != null) {
            for (ManagedFieldsEntry e : list) {
                if (e.manager() == null || e.operation() == null) {
                    continue;
                }
                out.add(new Entry(e.manager(), e.operation(), e.subresource(), e.apiVersion(), e.time(), FieldSet.fromFieldsV1(e.fieldsV1())));
            }
        }
        return new ManagedFields(out);
    }

    public List<ManagedFieldsEntry> encode() {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.removeIf(e -> e.fields.isEmpty());
        sorted.sort(Comparator.comparing((Entry e) -> e.operation)
                .thenComparing(e -> e.time == null ? 0 : e.time.getEpochSecond())
                .thenComparing(e -> e.manager)
                .thenComparing(e -> Objects.toString(e.apiVersion, ""))
                .thenComparing(e -> e.subresource));
        List<ManagedFieldsEntry> out = new ArrayList<>();
        for (Entry e : sorted) {
            out.add(new ManagedFieldsEntry(e.manager, e.operation, e.apiVersion, e.time, "FieldsV1", e.fields.toFieldsV1(),
                    e.subresource.isEmpty() ? null : e.subresource));
        }
        return out;
    }

    public List<Entry> entries() {
        return entries;
    }

    public Entry find(String manager, String operation, String subresource) {
        for (Entry e : entries) {
            if (e.is(manager, operation, subresource)) {
                return e;
            }
        }
        return null;
    }

    /**
     * Keeps at most {@code max} Update entries with fields: while there are more, the two oldest fold into one
     * entry named {@code ancientName} (owning the union of their fields, stamped with the newer time).
     */
    public void capUpdates(int max, String ancientName, String apiVersion) {
        while (true) {
            List<Entry> updates = new ArrayList<>();
            for (Entry e : entries) {
                if (e.operation.equals(UPDATE) && !e.fields.isEmpty()) {
                    updates.add(e);
                }
            }
            if (updates.size() <= max) {
                return;
            }
            updates.sort(Comparator.comparing((Entry e) -> e.time == null ? Instant.EPOCH : e.time));
            Entry a = updates.get(0);
            Entry b = updates.get(1);
            entries.remove(a);
            entries.remove(b);
            Entry ancient = find(ancientName, UPDATE, "");
            FieldSet union = a.fields.union(b.fields);
            if (ancient != null) {
                entries.remove(ancient);
                union = union.union(ancient.fields);
            }
            entries.add(new Entry(ancientName, UPDATE, "", apiVersion, b.time, union));
        }
    }

    /** Sets what one manager owns through one operation (replacing its entry), stamped with {@code time}. */
    public void put(String manager, String operation, String subresource, String apiVersion, Instant time, FieldSet fields) {
        Entry e = find(manager, operation, subresource);
        if (e == null) {
            entries.add(new Entry(manager, operation, subresource, apiVersion, time, fields));
        } else {
            e.fields = fields;
            e.apiVersion = apiVersion;
            e.time = time;
        }
    }
}
