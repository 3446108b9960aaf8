package dev.jetpod.api.print;

import static dev.jetpod.api.print.PrintFixtures.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jetpod.api.apps.v1.Deployment;
import dev.jetpod.api.apps.v1.ReplicaSet;
import dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscaler;
import dev.jetpod.api.coordination.v1.Lease;
import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.core.v1.Endpoints;
import dev.jetpod.api.core.v1.Event;
import dev.jetpod.api.core.v1.Namespace;
import dev.jetpod.api.core.v1.Node;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.core.v1.Secret;
import dev.jetpod.api.core.v1.Service;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.TableColumnDefinition;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind's cells, as kubectl would show them for the same object from kube-apiserver. */
class PrintersTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final String CREATED = "creationTimestamp: '2024-05-01T11:55:00Z'";
    private final TablePrinters printers = TablePrinters.builtin();

    private <T extends KubeObject<T>> List<Object> cells(Class<T> type, String yaml) {
        T obj = yaml(type, yaml);
        var printer = printers.forType(type);
        List<Object> cells = printer.print(obj, NOW).cells();
        assertEquals(printer.columns().size(), cells.size(), "one cell per column");
        return cells;
    }

    private <T extends KubeObject<T>> List<String> columnNames(Class<T> type) {
        return printers.forType(type).columns().stream().map(TableColumnDefinition::name).toList();
    }

    @Test
    void pod() {
        assertEquals(List.of("Name", "Ready", "Status", "Restarts", "Age", "IP", "Node", "Nominated Node", "Readiness Gates"), columnNames(Pod.class));
        assertEquals(List.of("web", "1/1", "Running", "0", "5m", "10.1.0.7", "n1", "<none>", "1/2"), cells(Pod.class, """
                metadata: {name: web, %s}
                spec: {nodeName: n1, containers: [{name: a, image: x}], readinessGates: [{conditionType: g1}, {conditionType: g2}]}
                status:
                  phase: Running
                  podIPs: [{ip: 10.1.0.7}]
                  conditions: [{type: g1, status: 'True'}, {type: g2, status: 'False'}]
                  containerStatuses: [{name: a, ready: true, restartCount: 0, state: {running: {}}}]
                """.formatted(CREATED)));
    }

    @Test
    void node() {
        assertEquals(List.of("n1", "Ready,SchedulingDisabled", "control-plane,worker", "5m", "v1.30.0-jetpod", "192.168.1.5", "<none>",
                "Debian GNU/Linux 12", "6.1.0", "jetpod://0.1"), cells(Node.class, """
                metadata:
                  name: n1
                  %s
                  labels: {node-role.kubernetes.io/control-plane: '', kubernetes.io/role: worker, node-role.kubernetes.io/: x}
                spec: {unschedulable: true}
                status:
                  conditions: [{type: MemoryPressure, status: 'False'}, {type: Ready, status: 'True'}]
                  addresses: [{type: Hostname, address: n1}, {type: InternalIP, address: 192.168.1.5}]
                  nodeInfo: {kubeletVersion: v1.30.0-jetpod, osImage: Debian GNU/Linux 12, kernelVersion: 6.1.0, containerRuntimeVersion: 'jetpod://0.1'}
                """.formatted(CREATED)));
        assertEquals("Unknown", cells(Node.class, "metadata: {name: n2}").get(1));
        assertEquals("<none>", cells(Node.class, "metadata: {name: n2}").get(2));
        assertEquals("NotReady", cells(Node.class, "metadata: {name: n3}\nstatus: {conditions: [{type: Ready, status: Unknown}]}").get(1));
    }

    @Test
    void deploymentAndReplicaSet() {
        assertEquals(List.of("Name", "Ready", "Up-to-date", "Available", "Age", "Containers", "Images", "Selector"), columnNames(Deployment.class));
        assertEquals(List.of("web", "2/3", 3L, 2L, "5m", "app,sidecar", "nginx:1.25,busybox", "app=web"), cells(Deployment.class, """
                metadata: {name: web, %s}
                spec:
                  replicas: 3
                  selector: {matchLabels: {app: web}}
                  template: {spec: {containers: [{name: app, image: 'nginx:1.25'}, {name: sidecar, image: busybox}]}}
                status: {replicas: 3, updatedReplicas: 3, readyReplicas: 2, availableReplicas: 2}
                """.formatted(CREATED)));
        assertEquals(List.of("web-7d9f", 3L, 3L, 1L, "5m", "app", "nginx", "app=web,tier in (front)"), cells(ReplicaSet.class, """
                metadata: {name: web-7d9f, %s}
                spec:
                  replicas: 3
                  selector: {matchLabels: {app: web}, matchExpressions: [{key: tier, operator: In, values: [front]}]}
                  template: {spec: {containers: [{name: app, image: nginx}]}}
                status: {replicas: 3, readyReplicas: 1}
                """.formatted(CREATED)));
    }

    @Test
    void services() {
        assertEquals(List.of("web", "NodePort", "10.96.0.10", "<none>", "80:30080/TCP,53/UDP", "5m", "app=web,tier=front"), cells(Service.class, """
                metadata: {name: web, %s}
                spec:
                  type: NodePort
                  clusterIP: 10.96.0.10
                  clusterIPs: [10.96.0.10]
                  selector: {tier: front, app: web}
                  ports: [{port: 80, nodePort: 30080, protocol: TCP}, {port: 53, protocol: UDP}]
                """.formatted(CREATED)));
        List<Object> lb = cells(Service.class, "metadata: {name: lb}\nspec: {type: LoadBalancer, clusterIP: 10.96.0.11, externalIPs: [1.2.3.4]}");
        assertEquals(List.of("10.96.0.11", "1.2.3.4", "<none>"), List.of(lb.get(2), lb.get(3), lb.get(4)));
        assertEquals("<pending>", cells(Service.class, "metadata: {name: lb}\nspec: {type: LoadBalancer}").get(3));
        assertEquals("db.example.com", cells(Service.class, "metadata: {name: ext}\nspec: {type: ExternalName, externalName: db.example.com}").get(3));
    }

    @Test
    void endpoints() {
        assertEquals("10.1.0.1:80,10.1.0.2:80,10.1.0.1:443 + 1 more...", cells(Endpoints.class, """
                metadata: {name: web}
                subsets: [{addresses: [{ip: 10.1.0.1}, {ip: 10.1.0.2}], ports: [{port: 80}, {port: 443}]}]
                """).get(1));
        assertEquals("<none>", cells(Endpoints.class, "metadata: {name: web}").get(1));
        assertEquals("10.1.0.1", cells(Endpoints.class, "metadata: {name: h}\nsubsets: [{addresses: [{ip: 10.1.0.1}]}]").get(1));
    }

    @Test
    void events() {
        assertEquals(List.of("Last Seen", "Type", "Reason", "Object", "Subobject", "Source", "Message", "First Seen", "Count", "Name"), columnNames(Event.class));
        assertEquals(List.of("2m", "Warning", "BackOff", "pod/web", "spec.containers{a}", "kubelet, n1", "Back-off restarting", "5m", 7L, "web.17a"),
                cells(Event.class, """
                        metadata: {name: web.17a, namespace: default}
                        involvedObject: {kind: Pod, name: web, fieldPath: 'spec.containers{a}'}
                        reason: BackOff
                        message: "  Back-off restarting\\n"
                        source: {component: kubelet, host: n1}
                        firstTimestamp: '2024-05-01T11:55:00Z'
                        lastTimestamp: '2024-05-01T11:58:00Z'
                        count: 7
                        type: Warning
                        """));
        List<Object> series = cells(Event.class, """
                metadata: {name: e2}
                involvedObject: {kind: Node}
                eventTime: '2024-05-01T11:59:00.000000Z'
                series: {count: 3, lastObservedTime: '2024-05-01T11:59:30.000000Z'}
                reportingComponent: scheduler
                """);
        assertEquals(List.of("30s", "node", "scheduler", "60s", 3L), List.of(series.get(0), series.get(3), series.get(5), series.get(7), series.get(8)));
    }

    @Test
    void configMapsSecretsLeasesNamespaces() {
        assertEquals(List.of("cfg", 3L, "5m"), cells(ConfigMap.class, "metadata: {name: cfg, %s}\ndata: {a: '1', b: '2'}\nbinaryData: {c: AA==}".formatted(CREATED)));
        assertEquals(List.of("tls", "kubernetes.io/tls", 2L, "5m"), cells(Secret.class,
                "metadata: {name: tls, %s}\ntype: kubernetes.io/tls\ndata: {tls.crt: AA==, tls.key: AA==}".formatted(CREATED)));
        assertEquals(List.of("kube-scheduler", "n1_abc", "5m"), cells(Lease.class, "metadata: {name: kube-scheduler, %s}\nspec: {holderIdentity: n1_abc}".formatted(CREATED)));
        assertEquals("<unknown>", cells(Lease.class, "metadata: {name: l}\nspec: {}").get(1));
        assertEquals(List.of("team-a", "Active", "5m"), cells(Namespace.class, "metadata: {name: team-a, %s}\nstatus: {phase: Active}".formatted(CREATED)));
    }

    @Test
    void scaleSubresource() {
        assertEquals(List.of("web", 3L, 1L), cells(dev.jetpod.api.autoscaling.v1.Scale.class, "metadata: {name: web}\nspec: {replicas: 3}\nstatus: {replicas: 1}"));
    }

    @Test
    void horizontalPodAutoscalers() {
        assertEquals(List.of("web", "Deployment/web", "cpu: 40%/80%, memory: <unknown>/200Mi + 1 more...", "1", 10L, 3L, "5m"), cells(HorizontalPodAutoscaler.class, """
                metadata: {name: web, %s}
                spec:
                  scaleTargetRef: {kind: Deployment, name: web, apiVersion: apps/v1}
                  minReplicas: 1
                  maxReplicas: 10
                  metrics:
                  - {type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 80}}}
                  - {type: Resource, resource: {name: memory, target: {type: AverageValue, averageValue: 200Mi}}}
                  - {type: Pods, pods: {metric: {name: qps}, target: {type: AverageValue, averageValue: '1k'}}}
                status:
                  currentReplicas: 3
                  desiredReplicas: 3
                  currentMetrics: [{type: Resource, resource: {name: cpu, current: {averageUtilization: 40}}}]
                """.formatted(CREATED)));
        List<Object> bare = cells(HorizontalPodAutoscaler.class, """
                metadata: {name: b}
                spec: {scaleTargetRef: {kind: ReplicaSet, name: r}, maxReplicas: 2}
                """);
        assertEquals(List.of("<none>", "<unset>"), List.of(bare.get(2), bare.get(3)));
    }
}
