package dev.jetpod.apiserver.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.codec.TimeSerializer;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ManagedFieldsEntry;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.schema.Schema;
import dev.jetpod.api.scheme.ResourceType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Field ownership for one resource type, as kube-apiserver keeps it in {@code metadata.managedFields}: every write
 * records what its manager changed (operation Update), and server-side apply merges an applied configuration into
 * the live object by the type's list and map semantics, removes what the same manager applied before but no
 * longer does (unless someone else owns it), and refuses to change fields other managers own (409 Conflict) unless
 * forced, in which case ownership moves. At most ten Update entries are kept: older ones fold into
 * {@code ancient-changes}, as in kube-apiserver. A faithful subset of structured-merge-diff: one version per resource.
 */
public final class FieldManager<T extends KubeObject<T>> {
    /** Fields the server owns: never tracked, never merged from an applied configuration. */
    private static final List<String> ROOT_UNTRACKED = List.of("apiVersion", "kind");
    private static final List<String> METADATA_UNTRACKED = List.of("name", "namespace", "uid", "resourceVersion", "generation",
            "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "managedFields", "selfLink", "generateName");
    private static final String STATUS = "status";
    private static final int MAX_UPDATE_MANAGERS = 10;
    private static final String ANCIENT_CHANGES = "ancient-changes";

    private final ResourceType<T> type;
    private final Schema.Struct schema;
    private final ObjectMapper mapper;
    private final boolean hasStatus;

    public FieldManager(ResourceType<T> type, Schema.Struct schema, ObjectMapper mapper) {
        this.type = type;
        this.schema = schema;
        this.mapper = mapper;
        this.hasStatus = schema.fields().containsKey(STATUS);
    }

    /** A write that brings no managedFields keeps the stored ones (kube-apiserver's rule for a nil list). */
    public T carryOver(T current, T incoming) {
        ObjectMeta in = incoming.metadata();
        if (in == null || in.managedFields() != null || current.metadata().managedFields() == null) {
            return incoming;
        }
        return incoming.withMetadata(in.withManagedFields(current.metadata().managedFields()));
    }

    /**
     * Records a create ({@code old} null) or update by {@code manager}: it comes to own what it changed, and other
     * managers lose what it changed or removed.
     */
    public T recordUpdate(T old, T updated, String manager, String subresource, Instant now) {
        // the trees are made here and used only here: trimmed in place rather than copied
        return record(old == null ? null : trim(trackedTree(old), subresource), trim(trackedTree(updated), subresource), updated, manager, subresource, now);
    }

    /**
     * {@link #recordUpdate} of a create, answering also the created object's JSON tree (made once, for the field
     * comparison and for the caller to write out, instead of encoding the object a second time). The tree is the
     * object's own, managedFields included, in the order the object's serializer writes its fields.
     */
    public Recorded<T> recordCreate(T created, String manager, String subresource, Instant now) {
        ObjectNode whole = trackedTree(created);
        T recorded = record(null, trim(topCopy(whole), subresource), created, manager, subresource, now);
        List<ManagedFieldsEntry> managed = recorded.metadata().managedFields();
        if (managed != null && whole.get("metadata") instanceof ObjectNode meta) {
            // managedFields is ObjectMeta's last field, so appending it keeps the serializer's order
            meta.set("managedFields", managedFieldsTree(managed));
        }
        return new Recorded<>(recorded, whole);
    }

    /**
     * managedFields as the serializer writes them (ManagedFieldsEntry's fields in order, nulls left out), built
     * directly: each fieldsV1 tree goes in as it is rather than through a serialize-and-parse copy.
     */
    private ArrayNode managedFieldsTree(List<ManagedFieldsEntry> entries) {
        ArrayNode out = mapper.createArrayNode();
        for (ManagedFieldsEntry e : entries) {
            ObjectNode o = out.addObject();
            putIfSet(o, "manager", e.manager());
            putIfSet(o, "operation", e.operation());
            putIfSet(o, "apiVersion", e.apiVersion());
            putIfSet(o, "time", e.time() == null ? null : TimeSerializer.format(e.time()));
            putIfSet(o, "fieldsType", e.fieldsType());
            if (e.fieldsV1() != null) {
                o.set("fieldsV1", e.fieldsV1());
            }
            putIfSet(o, "subresource", e.subresource());
        }
        return out;
    }

    private static void putIfSet(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }

    /** An object with its managedFields recorded, and its JSON tree. */
    public record Recorded<T>(T object, ObjectNode tree) {
    }

    private T record(ObjectNode oldTracked, ObjectNode newTracked, T updated, String manager, String subresource, Instant now) {
        ManagedFields mf = ManagedFields.decode(updated.metadata().managedFields());
        Comparison c = Comparison.of(oldTracked, newTracked, schema);
        FieldSet changed = c.changed();
        boolean removedAny = !c.removed().isEmpty();
        for (ManagedFields.Entry e : mf.entries()) {
            if (!e.is(manager, ManagedFields.UPDATE, subresource)) {
                e.fields = e.fields.difference(changed);
                if (removedAny) {
                    e.fields = e.fields.difference(c.removed());
                }
            }
        }
        ManagedFields.Entry mine = mf.find(manager, ManagedFields.UPDATE, subresource);
        FieldSet owned = mine == null ? changed : mine.fields.union(changed);
        if (removedAny) {
            owned = owned.difference(c.removed());
        }
        mf.put(manager, ManagedFields.UPDATE, subresource, type.apiVersion(), seconds(now), owned);
        mf.capUpdates(MAX_UPDATE_MANAGERS, ANCIENT_CHANGES, type.apiVersion());
        return updated.withMetadata(updated.metadata().withManagedFields(encodedOrNull(mf)));
    }

    /**
     * A copy of {@code tree} that {@link #trim} may change without changing {@code tree}: the root and metadata objects
     * are copied (trim removes members only there), everything below them is shared (the comparison only reads it).
     */
    private ObjectNode topCopy(ObjectNode tree) {
        ObjectNode top = mapper.createObjectNode();
        top.setAll(tree);
        if (tree.get("metadata") instanceof ObjectNode meta) {
            ObjectNode m = mapper.createObjectNode();
            m.setAll(meta);
            top.set("metadata", m);
        }
        return top;
    }

    /**
     * Server-side apply of {@code config} by {@code manager} onto {@code live} (null when the object does not exist
     * yet). Returns the merged object as a JSON tree carrying its new managedFields, for the caller to decode, admit
     * and store; throws a 409 when other managers own fields whose value would change and {@code force} is false.
     */
    public ObjectNode apply(T live, ObjectNode config, String manager, String subresource, boolean force, Instant now) {
        ObjectNode liveTree = live == null ? mapper.createObjectNode() : tree(live);
        ManagedFields mf = ManagedFields.decode(live == null ? null : live.metadata().managedFields());
        ObjectNode applied = view(config, subresource);
        FieldSet appliedSet = TypedFields.of(applied, schema);

        ManagedFields.Entry previous = mf.find(manager, ManagedFields.APPLY, subresource);
        FieldSet others = FieldSet.empty();
        for (ManagedFields.Entry e : mf.entries()) {
            if (e != previous) {
                others = others.union(e.fields);
            }
        }
        JsonNode merged = Merging.merge(liveTree, applied, schema);
        if (previous != null) {
            merged = Merging.removeItems(merged, previous.fields.removableGiven(appliedSet.union(others)), schema);
        }
        ObjectNode result = merged instanceof ObjectNode o ? o : mapper.createObjectNode();

        Comparison c = Comparison.of(view(liveTree, subresource), view(result, subresource), schema);
        ApplyConflicts conflicts = new ApplyConflicts();
        for (ManagedFields.Entry e : mf.entries()) {
            if (e == previous) {
                continue;
            }
            FieldSet contested = e.fields.intersection(c.changed());
            if (!contested.isEmpty()) {
                conflicts.add(e, contested);
                e.fields = e.fields.difference(contested);
            }
            e.fields = e.fields.difference(c.removed());
        }
        if (!force && !conflicts.isEmpty()) {
            throw conflicts.toException();
        }
        mf.put(manager, ManagedFields.APPLY, subresource, type.apiVersion(), seconds(now), appliedSet);
        ObjectNode meta = result.with("metadata");
        List<ManagedFieldsEntry> encoded = mf.encode();
        meta.set("managedFields", mapper.valueToTree(encoded));
        return result;
    }

    /** The part of an object a write through {@code subresource} tracks: no server-owned fields; status apart. */
    private ObjectNode view(ObjectNode tree, String subresource) {
        return trim(tree.deepCopy(), subresource);
    }

    /** {@link #view} of a tree nobody else holds: trimmed in place. */
    private ObjectNode trim(ObjectNode v, String subresource) {
        ROOT_UNTRACKED.forEach(v::remove);
        if (v.get("metadata") instanceof ObjectNode m) {
            METADATA_UNTRACKED.forEach(m::remove);
            if (m.isEmpty()) {
                v.remove("metadata");
            }
        }
        if (hasStatus) {
            if (STATUS.equals(subresource)) {
                v.retain(STATUS);
            } else {
                v.remove(STATUS);
            }
        }
        return v;
    }

    private ObjectNode tree(T object) {
        return mapper.valueToTree(object);
    }

    /** The object's tree without its managedFields, which are never tracked (and need not be encoded to be dropped). */
    private ObjectNode trackedTree(T object) {
        ObjectMeta m = object.metadata();
        return tree(m != null && m.managedFields() != null ? object.withMetadata(m.withManagedFields(null)) : object);
    }

    private static List<ManagedFieldsEntry> encodedOrNull(ManagedFields mf) {
        List<ManagedFieldsEntry> l = mf.encode();
        return l.isEmpty() ? null : l;
    }

    private static Instant seconds(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS);
    }
}
