package dev.jetpod.jctl.describe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.api.core.v1.Container;
import dev.jetpod.api.core.v1.ContainerPort;
import dev.jetpod.api.core.v1.ContainerState;
import dev.jetpod.api.core.v1.ContainerStatus;
import dev.jetpod.api.core.v1.EnvVar;
import dev.jetpod.api.core.v1.PodSpec;
import dev.jetpod.api.core.v1.PodTemplateSpec;
import dev.jetpod.api.core.v1.Toleration;
import dev.jetpod.api.core.v1.Volume;
import dev.jetpod.api.core.v1.VolumeMount;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.meta.OwnerReference;
import dev.jetpod.api.resource.Quantity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Sections several describers share: metadata, containers, volumes, pod templates, conditions, tolerations. */
final class Sections {
    private Sections() {
    }

    static void nameAndNamespace(ObjectMeta m, DescribeWriter w) {
        w.field(0, "Name", m.name());
        if (m.namespace() != null && !m.namespace().isEmpty()) {
            w.field(0, "Namespace", m.namespace());
        }
    }

    static void controlledBy(ObjectMeta m, DescribeWriter w) {
        for (OwnerReference r : m.ownerReferencesOrEmpty()) {
            if (Boolean.TRUE.equals(r.controller())) {
                w.field(0, "Controlled By", r.kind() + "/" + r.name());
            }
        }
    }

    static void containers(String heading, int level, List<Container> containers, List<ContainerStatus> statuses, DescribeWriter w) {
        if (containers == null || containers.isEmpty()) {
            return;
        }
        w.line(level, heading + ":");
        for (Container c : containers) {
            w.line(level + 1, c.name() + ":");
            int l = level + 2;
            ContainerStatus st = statuses == null ? null
                    : statuses.stream().filter(s -> c.name().equals(s.name())).findFirst().orElse(null);
            if (statuses != null) {
                w.field(l, "Container ID", st == null ? "" : st.containerID());
            }
            w.field(l, "Image", c.image());
            if (statuses != null) {
                w.field(l, "Image ID", st == null ? "" : st.imageID());
            }
            ports(l, c.ports(), w);
            list(l, "Command", c.command(), w);
            list(l, "Args", c.args(), w);
            if (st != null) {
                state(l, "State", st.state(), w);
                if (st.lastState() != null && (st.lastState().terminated() != null || st.lastState().waiting() != null || st.lastState().running() != null)) {
                    state(l, "Last State", st.lastState(), w);
                }
                w.field(l, "Ready", st.ready() ? "True" : "False");
                w.field(l, "Restart Count", st.restartCount());
            }
            if (c.resources() != null) {
                quantities(l, "Limits", c.resources().limits(), w);
                quantities(l, "Requests", c.resources().requests(), w);
            }
            env(l, c.env(), w);
            mounts(l, c.volumeMounts(), w);
        }
    }

    private static void ports(int l, List<ContainerPort> ports, DescribeWriter w) {
        if (ports == null || ports.isEmpty()) {
            w.field(l, "Port", "<none>");
            w.field(l, "Host Port", "<none>");
            return;
        }
        StringBuilder p = new StringBuilder();
        StringBuilder h = new StringBuilder();
        for (ContainerPort cp : ports) {
            String proto = cp.protocol() == null ? "TCP" : cp.protocol();
            p.append(p.length() == 0 ? "" : ", ").append(cp.containerPort()).append('/').append(proto)
                    .append(cp.name() == null ? "" : " (" + cp.name() + ")");
            h.append(h.length() == 0 ? "" : ", ").append(0).append('/').append(proto);
        }
        w.field(l, ports.size() == 1 ? "Port" : "Ports", p.toString());
        w.field(l, ports.size() == 1 ? "Host Port" : "Host Ports", h.toString());
    }

    private static void list(int l, String key, List<String> values, DescribeWriter w) {
        if (values == null || values.isEmpty()) {
            return;
        }
        w.line(l, key + ":");
        values.forEach(v -> w.line(l + 1, v));
    }

    private static void state(int l, String key, ContainerState s, DescribeWriter w) {
        if (s == null) {
            w.field(l, key, "Waiting");
            return;
        }
        if (s.running() != null) {
            w.field(l, key, "Running");
            w.field(l + 1, "Started", w.time(s.running().startedAt()));
        } else if (s.terminated() != null) {
            var t = s.terminated();
            w.field(l, key, "Terminated");
            w.field(l + 1, "Reason", t.reason());
            if (t.message() != null && !t.message().isEmpty()) {
                w.field(l + 1, "Message", t.message());
            }
            w.field(l + 1, "Exit Code", t.exitCode());
            w.field(l + 1, "Started", w.time(t.startedAt()));
            w.field(l + 1, "Finished", w.time(t.finishedAt()));
        } else {
            w.field(l, key, "Waiting");
            if (s.waiting() != null && s.waiting().reason() != null) {
                w.field(l + 1, "Reason", s.waiting().reason());
            }
        }
    }

    private static void quantities(int l, String key, Map<String, Quantity> q, DescribeWriter w) {
        if (q == null || q.isEmpty()) {
            return;
        }
        w.line(l, key + ":");
        new TreeMap<>(q).forEach((k, v) -> w.field(l + 1, k, v.toString()));
    }

    private static void env(int l, List<EnvVar> env, DescribeWriter w) {
        if (env == null || env.isEmpty()) {
            w.field(l, "Environment", "<none>");
            return;
        }
        w.line(l, "Environment:");
        for (EnvVar e : env) {
            String v = e.value();
            if (e.valueFrom() != null) {
                var f = e.valueFrom();
                if (f.fieldRef() != null) {
                    v = " (" + (f.fieldRef().apiVersion() == null ? "v1" : f.fieldRef().apiVersion()) + ":" + f.fieldRef().fieldPath() + ")";
                } else if (f.configMapKeyRef() != null) {
                    v = "<set to the key '" + f.configMapKeyRef().key() + "' of config map '" + f.configMapKeyRef().name() + "'>";
                } else if (f.secretKeyRef() != null) {
                    v = "<set to the key '" + f.secretKeyRef().key() + "' in secret '" + f.secretKeyRef().name() + "'>";
                } else {
                    v = "<set from a resource field>";
                }
            }
            w.field(l + 1, e.name(), v == null ? "" : v);
        }
    }

    private static void mounts(int l, List<VolumeMount> mounts, DescribeWriter w) {
        if (mounts == null || mounts.isEmpty()) {
            w.field(l, "Mounts", "<none>");
            return;
        }
        w.line(l, "Mounts:");
        for (VolumeMount m : mounts) {
            w.line(l + 1, m.mountPath() + " from " + m.name() + " (" + (Boolean.TRUE.equals(m.readOnly()) ? "ro" : "rw") + ")");
        }
    }

    static void volumes(int level, List<Volume> volumes, DescribeWriter w) {
        if (volumes == null || volumes.isEmpty()) {
            w.field(level, "Volumes", "<none>");
            return;
        }
        w.line(level, "Volumes:");
        for (Volume v : volumes) {
            w.line(level + 1, v.name() + ":");
            int l = level + 2;
            if (v.emptyDir() != null) {
                w.field(l, "Type", "EmptyDir (a temporary directory that shares a pod's lifetime)");
                w.field(l, "Medium", v.emptyDir().medium());
                w.fieldOrNone(l, "SizeLimit", v.emptyDir().sizeLimit() == null ? null : v.emptyDir().sizeLimit().toString());
            } else if (v.hostPath() != null) {
                w.field(l, "Type", "HostPath (bare host directory volume)");
                w.field(l, "Path", v.hostPath().path());
                w.field(l, "HostPathType", v.hostPath().type());
            } else if (v.configMap() != null) {
                w.field(l, "Type", "ConfigMap (a volume populated by a ConfigMap)");
                w.field(l, "Name", v.configMap().name());
                w.field(l, "Optional", Boolean.TRUE.equals(v.configMap().optional()));
            } else if (v.secret() != null) {
                w.field(l, "Type", "Secret (a volume populated by a Secret)");
                w.field(l, "SecretName", v.secret().secretName());
                w.field(l, "Optional", Boolean.TRUE.equals(v.secret().optional()));
            } else if (v.persistentVolumeClaim() != null) {
                w.field(l, "Type", "PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)");
                w.field(l, "ClaimName", v.persistentVolumeClaim().claimName());
                w.field(l, "ReadOnly", Boolean.TRUE.equals(v.persistentVolumeClaim().readOnly()));
            } else {
                w.field(l, "Type", "<unknown>");
            }
        }
    }

    static void podTemplate(int level, PodTemplateSpec template, DescribeWriter w) {
        w.line(level, "Pod Template:");
        if (template == null) {
            return;
        }
        ObjectMeta m = template.metadata() == null ? ObjectMeta.empty() : template.metadata();
        w.labels(level + 1, "Labels", m.labels());
        if (m.annotations() != null && !m.annotations().isEmpty()) {
            w.annotations(level + 1, m.annotations());
        }
        PodSpec spec = template.spec();
        if (spec != null) {
            containers("Init Containers", level + 1, spec.initContainers(), null, w);
            containers("Containers", level + 1, spec.containers(), null, w);
            volumes(level + 1, spec.volumes(), w);
            w.fieldOrNone(level + 1, "Node-Selectors", selectorText(spec.nodeSelector()));
            tolerations(level + 1, spec.tolerations(), w);
        }
    }

    static String selectorText(Map<String, String> m) {
        if (m == null || m.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        new TreeMap<>(m).forEach((k, v) -> b.append(b.length() == 0 ? "" : ",").append(k).append('=').append(v));
        return b.toString();
    }

    static void tolerations(int level, List<Toleration> tolerations, DescribeWriter w) {
        if (tolerations == null || tolerations.isEmpty()) {
            w.field(level, "Tolerations", "<none>");
            return;
        }
        boolean first = true;
        for (Toleration t : tolerations) {
            StringBuilder b = new StringBuilder(t.key() == null ? "" : t.key());
            if (t.value() != null && !t.value().isEmpty()) {
                b.append('=').append(t.value());
            }
            if (t.effect() != null && !t.effect().isEmpty()) {
                b.append(':').append(t.effect());
            }
            if ("Exists".equals(t.operator()) && (t.key() == null || t.key().isEmpty())) {
                b.append(" op=Exists");
            }
            if (t.tolerationSeconds() != null) {
                b.append(" for ").append(t.tolerationSeconds()).append('s');
            }
            w.line(level, (first ? "Tolerations:" : "") + "\t" + b);
            first = false;
        }
    }

    /** A Conditions table from status.conditions, with the columns the kind's describer chooses. */
    static void conditions(int level, JsonNode conditions, List<String> columns, DescribeWriter w) {
        if (conditions == null || conditions.size() == 0) {
            return;
        }
        w.line(level, "Conditions:");
        java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
        for (JsonNode c : conditions) {
            java.util.List<String> row = new java.util.ArrayList<>();
            for (String col : columns) {
                String field = Character.toLowerCase(col.charAt(0)) + col.substring(1);
                row.add(c.path(field).asText(""));
            }
            rows.add(row);
        }
        w.table(level + 1, columns, rows);
    }
}
