package dev.jetpod.jctl.rollout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A Deployment's history as kubectl reads it: the ReplicaSets it controls (an owner reference with controller=true
 * and its uid), each carrying its revision in the {@code deployment.kubernetes.io/revision} annotation and, if
 * recorded, why in {@code kubernetes.io/change-cause}.
 */
public final class Revisions {
    public static final String REVISION = "deployment.kubernetes.io/revision";
    public static final String CHANGE_CAUSE = "kubernetes.io/change-cause";
    public static final String POD_TEMPLATE_HASH = "pod-template-hash";

    /** One revision: its number and ReplicaSet. */
    public record Revision(long number, ObjectNode replicaSet) {
        public String changeCause() {
            return replicaSet.path("metadata").path("annotations").path(CHANGE_CAUSE).asText("<none>");
        }

        public JsonNode template() {
            return replicaSet.path("spec").path("template");
        }
    }

    private final List<Revision> revisions;

    private Revisions(List<Revision> revisions) {
        this.revisions = revisions;
    }

    /** From the namespace's ReplicaSets, those the deployment controls, oldest revision first. */
    public static Revisions of(JsonNode deployment, JsonNode replicaSetList) {
        String uid = deployment.path("metadata").path("uid").asText();
        List<Revision> out = new ArrayList<>();
        for (JsonNode rs : replicaSetList.path("items")) {
            if (!controlledBy(rs, uid)) {
                continue;
            }
            String rev = rs.path("metadata").path("annotations").path(REVISION).asText("");
            long n;
            try {
                n = Long.parseLong(rev);
            } catch (NumberFormatException e) {
                continue; // not (yet) part of the history
            }
            out.add(new Revision(n, (ObjectNode) rs));
        }
        out.sort(Comparator.comparingLong(Revision::number));
        return new Revisions(List.copyOf(out));
    }

    static boolean controlledBy(JsonNode obj, String uid) {
        for (JsonNode ref : obj.path("metadata").path("ownerReferences")) {
            if (ref.path("controller").asBoolean(false) && uid.equals(ref.path("uid").asText())) {
                return true;
            }
        }
        return false;
    }

    public List<Revision> all() {
        return revisions;
    }

    public Optional<Revision> number(long n) {
        return revisions.stream().filter(r -> r.number() == n).findFirst();
    }

    /** The revision before the latest one: where {@code undo} without --to-revision goes. */
    public Optional<Revision> previous() {
        return revisions.size() < 2 ? Optional.empty() : Optional.of(revisions.get(revisions.size() - 2));
    }

    /** A template without the pod-template-hash label the ReplicaSet adds, for comparison and restoring. */
    public static ObjectNode withoutHash(JsonNode template) {
        ObjectNode t = template.deepCopy();
        if (t.path("metadata").path("labels") instanceof ObjectNode labels) {
            labels.remove(POD_TEMPLATE_HASH);
        }
        return t;
    }
}
