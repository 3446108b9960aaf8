package dev.jetpod.api.rules;

import static dev.jetpod.api.rules.RulesFixture.createErrors;
import static dev.jetpod.api.rules.RulesFixture.rules;
import static dev.jetpod.api.rules.RulesFixture.updateErrors;
import static dev.jetpod.api.rules.RulesFixture.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.resource.Quantity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PodRulesTest {

    static Pod pod(String specFlow) {
        return yaml("apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: default}\nspec: " + specFlow + "\n", Pod.class);
    }

    @Test
    void defaultsAMinimalPodLikeKubernetes() throws Exception {
        Pod p = rules(Pod.class).applyDefaults(pod("{containers: [{name: web, image: nginx}]}"));
        JsonNode expected = RulesFixture.JSON.readTree("""
                {"apiVersion":"v1","kind":"Pod","metadata":{"creationTimestamp":null,"name":"web","namespace":"default"},
                 "spec":{"containers":[{"image":"nginx","imagePullPolicy":"Always","name":"web","resources":{},
                         "terminationMessagePath":"/dev/termination-log","terminationMessagePolicy":"File"}],
                         "dnsPolicy":"ClusterFirst","enableServiceLinks":true,"preemptionPolicy":"PreemptLowerPriority","priority":0,
                         "restartPolicy":"Always","schedulerName":"default-scheduler","securityContext":{},
                         "serviceAccount":"default","serviceAccountName":"default","terminationGracePeriodSeconds":30},
                 "status":{"phase":"Pending","qosClass":"BestEffort"}}""");
        assertEquals(expected, RulesFixture.JSON.readTree(RulesFixture.json(p)));
        assertEquals(p, rules(Pod.class).applyDefaults(p), "defaulting twice changes nothing");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"nginx, Always", "nginx:latest, Always", "nginx:1.25, IfNotPresent", "localhost:5000/app, Always",
            "localhost:5000/app:v1, IfNotPresent", "nginx@sha256:0123456789abcdef, IfNotPresent", "nginx:latest@sha256:0123, Always",
            "registry.example.com:443/team/app:2.0, IfNotPresent"})
    void imagePullPolicyFollowsTheTag(String image, String policy) {
        Pod p = rules(Pod.class).applyDefaults(pod("{containers: [{name: web, image: '" + image + "'}]}"));
        assertEquals(policy, p.spec().containers().get(0).imagePullPolicy());
    }

    @Test
    void explicitValuesAreKept() {
        Pod p = rules(Pod.class).applyDefaults(pod("{restartPolicy: Never, dnsPolicy: Default, terminationGracePeriodSeconds: 5, "
                + "schedulerName: mine, serviceAccountName: builder, enableServiceLinks: false, "
                + "containers: [{name: web, image: nginx, imagePullPolicy: Never}]}"));
        assertEquals("Never", p.spec().restartPolicy());
        assertEquals("Default", p.spec().dnsPolicy());
        assertEquals(5L, p.spec().terminationGracePeriodSeconds());
        assertEquals("mine", p.spec().schedulerName());
        assertEquals("builder", p.spec().serviceAccount());
        assertEquals(false, p.spec().enableServiceLinks());
        assertEquals("Never", p.spec().containers().get(0).imagePullPolicy());
    }

    @Test
    void nestedDefaults() {
        Pod p = rules(Pod.class).applyDefaults(pod("{hostNetwork: true, containers: [{name: web, image: nginx, ports: [{containerPort: 80}], "
                + "env: [{name: N, valueFrom: {fieldRef: {fieldPath: metadata.name}}}], "
                + "livenessProbe: {httpGet: {port: 80}}, readinessProbe: {tcpSocket: {port: http}, periodSeconds: 3}}], "
                + "volumes: [{name: scratch}, {name: conf, configMap: {name: c}}, {name: s, secret: {secretName: s}}, {name: h, hostPath: {path: /tmp}}]}"));
        var c = p.spec().containers().get(0);
        assertEquals("TCP", c.ports().get(0).protocol());
        assertEquals(80, c.ports().get(0).hostPort(), "hostNetwork: hostPort defaults to containerPort");
        assertEquals("v1", c.env().get(0).valueFrom().fieldRef().apiVersion());
        assertEquals("/", c.livenessProbe().httpGet().path());
        assertEquals("HTTP", c.livenessProbe().httpGet().scheme());
        assertEquals(List.of(1, 10, 1, 3), List.of(c.livenessProbe().timeoutSeconds(), c.livenessProbe().periodSeconds(),
                c.livenessProbe().successThreshold(), c.livenessProbe().failureThreshold()));
        assertEquals(3, c.readinessProbe().periodSeconds());
        assertTrue(p.spec().volumes().get(0).emptyDir() != null, "a volume without a source is an emptyDir");
        assertEquals(0644, p.spec().volumes().get(1).configMap().defaultMode());
        assertEquals(420, p.spec().volumes().get(2).secret().defaultMode());
        assertEquals("", p.spec().volumes().get(3).hostPath().type());
    }

    @Test
    void requestsDefaultToLimitsAndQosFollows() {
        Pod p = rules(Pod.class).applyDefaults(pod("{containers: [{name: web, image: nginx, resources: {limits: {cpu: 500m, memory: 128Mi}}}]}"));
        assertEquals(Map.of("cpu", Quantity.parse("500m"), "memory", Quantity.parse("128Mi")), p.spec().containers().get(0).resources().requests());
        assertEquals("Guaranteed", p.status().qosClass());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "nothing|[{name: a, image: i}]|BestEffort",
            "requests only|[{name: a, image: i, resources: {requests: {cpu: 100m}}}]|Burstable",
            "limits equal requests|[{name: a, image: i, resources: {limits: {cpu: 1, memory: 1Gi}, requests: {cpu: 1000m, memory: 1024Mi}}}]|Guaranteed",
            "limits above requests|[{name: a, image: i, resources: {limits: {cpu: 1, memory: 1Gi}, requests: {cpu: 500m, memory: 1Gi}}}]|Burstable",
            "one container without memory limit|[{name: a, image: i, resources: {limits: {cpu: 1, memory: 1Gi}}}, {name: b, image: i, resources: {limits: {cpu: 1}}}]|Burstable",
            "extended resources do not count|[{name: a, image: i, resources: {limits: {example.com/gpu: 1}}}]|BestEffort",
    })
    void qosClass(String name, String containers, String qos) {
        assertEquals(qos, rules(Pod.class).applyDefaults(pod("{containers: " + containers + "}")).status().qosClass());
    }

    @Test
    void validPodHasNoErrors() {
        assertEquals(List.of(), createErrors(pod("{containers: [{name: web, image: nginx, ports: [{name: http, containerPort: 80}], "
                + "resources: {requests: {cpu: 100m}, limits: {cpu: 200m}}, volumeMounts: [{name: data, mountPath: /data}], "
                + "livenessProbe: {exec: {command: [true]}}}], volumes: [{name: data, emptyDir: {}}], "
                + "tolerations: [{key: k, operator: Exists, effect: NoExecute, tolerationSeconds: 30}], "
                + "affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: zone, operator: In, values: [a]}]}]}}}}"),
                Pod.class));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no containers|{containers: []}|spec.containers: Required value",
            "missing image|{containers: [{name: web}]}|spec.containers[0].image: Required value",
            "blank image|{containers: [{name: web, image: ' '}]}|spec.containers[0].image: Required value",
            "missing container name|{containers: [{image: nginx}]}|spec.containers[0].name: Required value",
            "bad container name|{containers: [{name: Web, image: nginx}]}|spec.containers[0].name: Invalid value: \"Web\": a lowercase RFC 1123 label must consist of",
            "duplicate container names|{containers: [{name: a, image: i}, {name: a, image: i}]}|spec.containers[1].name: Duplicate value: \"a\"",
            "init and main share names|{initContainers: [{name: a, image: i}], containers: [{name: a, image: i}]}|spec.containers[0].name: Duplicate value: \"a\"",
            "port out of range|{containers: [{name: a, image: i, ports: [{containerPort: 70000}]}]}|spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive",
            "port zero|{containers: [{name: a, image: i, ports: [{containerPort: 0}]}]}|spec.containers[0].ports[0].containerPort: Required value",
            "bad protocol|{containers: [{name: a, image: i, ports: [{containerPort: 80, protocol: HTTP}]}]}|spec.containers[0].ports[0].protocol: Unsupported value: \"HTTP\": supported values: \"SCTP\", \"TCP\", \"UDP\"",
            "duplicate port names|{containers: [{name: a, image: i, ports: [{name: web, containerPort: 80}, {name: web, containerPort: 81}]}]}|spec.containers[0].ports[1].name: Duplicate value: \"web\"",
            "bad port name|{containers: [{name: a, image: i, ports: [{name: web--x, containerPort: 80}]}]}|spec.containers[0].ports[0].name: Invalid value: \"web--x\": must not contain consecutive hyphens",
            "request above limit|{containers: [{name: a, image: i, resources: {requests: {cpu: '2'}, limits: {cpu: '1'}}}]}|spec.containers[0].resources.requests: Invalid value: \"2\": must be less than or equal to cpu limit of 1",
            "negative request|{containers: [{name: a, image: i, resources: {requests: {memory: -1Mi}}}]}|spec.containers[0].resources.requests[memory]: Invalid value: \"-1Mi\": must be greater than or equal to 0",
            "unknown resource|{containers: [{name: a, image: i, resources: {requests: {gpu: '1'}}}]}|spec.containers[0].resources.requests[gpu]: Invalid value: \"gpu\": must be a standard resource for containers",
            "extended resource needs equal limit|{containers: [{name: a, image: i, resources: {requests: {example.com/gpu: '1'}}}]}|spec.containers[0].resources.limits: Required value: Limit must be set for non overcommitable resources",
            "restart policy|{restartPolicy: Sometimes, containers: [{name: a, image: i}]}|spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", \"Never\"",
            "dns policy|{dnsPolicy: Google, containers: [{name: a, image: i}]}|spec.dnsPolicy: Unsupported value: \"Google\"",
            "dns none needs config|{dnsPolicy: None, containers: [{name: a, image: i}]}|spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None",
            "probe without handler|{containers: [{name: a, image: i, livenessProbe: {periodSeconds: 5}}]}|spec.containers[0].livenessProbe: Required value: must specify a handler type",
            "probe with two handlers|{containers: [{name: a, image: i, livenessProbe: {exec: {command: [x]}, tcpSocket: {port: 80}}}]}|spec.containers[0].livenessProbe.tcpSocket: Forbidden: may not specify more than 1 handler type",
            "liveness success threshold|{containers: [{name: a, image: i, livenessProbe: {exec: {command: [x]}, successThreshold: 2}}]}|spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1",
            "negative probe delay|{containers: [{name: a, image: i, readinessProbe: {exec: {command: [x]}, initialDelaySeconds: -1}}]}|spec.containers[0].readinessProbe.initialDelaySeconds: Invalid value: -1: must be greater than or equal to 0",
            "probe port name|{containers: [{name: a, image: i, readinessProbe: {httpGet: {port: Bad_Name}}}]}|spec.containers[0].readinessProbe.httpGet.port: Invalid value: \"Bad_Name\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)",
            "readiness grace period|{containers: [{name: a, image: i, readinessProbe: {exec: {command: [x]}, terminationGracePeriodSeconds: 5}}]}|spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: 5: must not be set for readinessProbes",
            "exec without command|{containers: [{name: a, image: i, startupProbe: {exec: {}}}]}|spec.containers[0].startupProbe.exec.command: Required value",
            "probe on init container|{initContainers: [{name: b, image: i, readinessProbe: {exec: {command: [x]}}}], containers: [{name: a, image: i}]}|spec.initContainers[0].readinessProbe: Forbidden: may not be set for init containers without restartPolicy=Always",
            "duplicate volumes|{volumes: [{name: v, emptyDir: {}}, {name: v, emptyDir: {}}], containers: [{name: a, image: i}]}|spec.volumes[1].name: Duplicate value: \"v\"",
            "two volume sources|{volumes: [{name: v, emptyDir: {}, hostPath: {path: /x}}], containers: [{name: a, image: i}]}|spec.volumes[0].emptyDir: Forbidden: may not specify more than 1 volume type",
            "unknown mount|{containers: [{name: a, image: i, volumeMounts: [{name: data, mountPath: /d}]}]}|spec.containers[0].volumeMounts[0].name: Not found: \"data\"",
            "mount path twice|{volumes: [{name: v, emptyDir: {}}], containers: [{name: a, image: i, volumeMounts: [{name: v, mountPath: /d}, {name: v, mountPath: /d}]}]}|spec.containers[0].volumeMounts[1].mountPath: Invalid value: \"/d\": must be unique",
            "subPath escapes|{volumes: [{name: v, emptyDir: {}}], containers: [{name: a, image: i, volumeMounts: [{name: v, mountPath: /d, subPath: ../x}]}]}|spec.containers[0].volumeMounts[0].subPath: Invalid value: \"../x\": must not contain '..'",
            "bad mode|{volumes: [{name: v, secret: {secretName: s, defaultMode: 1000}}], containers: [{name: a, image: i}]}|spec.volumes[0].secret.defaultMode: Invalid value: 1000: must be a number between 0 and 0777 (octal), both inclusive",
            "hostPath type|{volumes: [{name: v, hostPath: {path: /x, type: Folder}}], containers: [{name: a, image: i}]}|spec.volumes[0].hostPath.type: Unsupported value: \"Folder\"",
            "configMap volume name|{volumes: [{name: v, configMap: {}}], containers: [{name: a, image: i}]}|spec.volumes[0].configMap.name: Required value",
            "env name|{containers: [{name: a, image: i, env: [{name: 1X, value: y}]}]}|spec.containers[0].env[0].name: Invalid value: \"1X\": a valid environment variable name must consist of",
            "env value and valueFrom|{containers: [{name: a, image: i, env: [{name: X, value: y, valueFrom: {fieldRef: {fieldPath: metadata.name}}}]}]}|spec.containers[0].env[0].valueFrom: Invalid value: \"\": may not be specified when `value` is not empty",
            "env two sources|{containers: [{name: a, image: i, env: [{name: X, valueFrom: {fieldRef: {fieldPath: metadata.name}, secretKeyRef: {name: s, key: k}}}]}]}|spec.containers[0].env[0].valueFrom: Invalid value: \"\": may not have more than one field specified at a time",
            "env bad fieldPath|{containers: [{name: a, image: i, env: [{name: X, valueFrom: {fieldRef: {fieldPath: spec.hostname}}}]}]}|spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value: \"spec.hostname\"",
            "env secret key missing|{containers: [{name: a, image: i, env: [{name: X, valueFrom: {secretKeyRef: {name: s}}}]}]}|spec.containers[0].env[0].valueFrom.secretKeyRef.key: Required value",
            "env resource|{containers: [{name: a, image: i, env: [{name: X, valueFrom: {resourceFieldRef: {resource: limits.gpu}}}]}]}|spec.containers[0].env[0].valueFrom.resourceFieldRef.resource: Unsupported value: \"limits.gpu\"",
            "envFrom without source|{containers: [{name: a, image: i, envFrom: [{prefix: P_}]}]}|spec.containers[0].envFrom: Invalid value: \"\": must specify one of: `configMapRef` or `secretRef`",
            "privileged without escalation|{containers: [{name: a, image: i, securityContext: {privileged: true, allowPrivilegeEscalation: false}}]}|spec.containers[0].securityContext: Invalid value: \"\": cannot set `allowPrivilegeEscalation` to false and `privileged` to true",
            "negative uid|{containers: [{name: a, image: i, securityContext: {runAsUser: -1}}]}|spec.containers[0].securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive",
            "pull policy|{containers: [{name: a, image: i, imagePullPolicy: Sometimes}]}|spec.containers[0].imagePullPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"IfNotPresent\", \"Never\"",
            "grace period|{terminationGracePeriodSeconds: -5, containers: [{name: a, image: i}]}|spec.terminationGracePeriodSeconds: Invalid value: -5: must be greater than or equal to 0",
            "deadline|{activeDeadlineSeconds: 0, containers: [{name: a, image: i}]}|spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive",
            "toleration exists with value|{tolerations: [{key: k, operator: Exists, value: v}], containers: [{name: a, image: i}]}|spec.tolerations[0].operator: Invalid value: \"v\": value must be empty when `operator` is 'Exists'",
            "toleration seconds need NoExecute|{tolerations: [{key: k, operator: Exists, effect: NoSchedule, tolerationSeconds: 5}], containers: [{name: a, image: i}]}|spec.tolerations[0].effect: Invalid value: \"NoSchedule\": effect must be 'NoExecute' when `tolerationSeconds` is set",
            "toleration empty key|{tolerations: [{operator: Equal, value: v}], containers: [{name: a, image: i}]}|spec.tolerations[0].operator: Invalid value: \"Equal\": operator must be Exists when `key` is empty",
            "node affinity without terms|{affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: []}}}, containers: [{name: a, image: i}]}|spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms: Required value: must have at least one node selector term",
            "node affinity In without values|{affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: z, operator: In}]}]}}}, containers: [{name: a, image: i}]}|spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
            "preferred weight|{affinity: {nodeAffinity: {preferredDuringSchedulingIgnoredDuringExecution: [{weight: 0, preference: {}}]}}, containers: [{name: a, image: i}]}|spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 0: must be in the range 1-100",
            "pod affinity topology|{affinity: {podAntiAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [{labelSelector: {matchLabels: {app: a}}}]}}, containers: [{name: a, image: i}]}|spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Required value: can not be empty",
            "nodeSelector label|{nodeSelector: {'bad key': x}, containers: [{name: a, image: i}]}|spec.nodeSelector: Invalid value: \"bad key\": name part must consist of",
            "host network port|{hostNetwork: true, containers: [{name: a, image: i, ports: [{containerPort: 80, hostPort: 8080}]}]}|spec.containers[0].ports[0].hostPort: Invalid value: 8080: must match `containerPort` when `hostNetwork` is true",
            "hostname|{hostname: Web, containers: [{name: a, image: i}]}|spec.hostname: Invalid value: \"Web\"",
    })
    void rejectsInvalidPods(String name, String spec, String expected) {
        List<String> errs = createErrors(pod(spec), Pod.class);
        assertTrue(errs.stream().anyMatch(e -> e.startsWith(expected)), () -> "expected [" + expected + "] among " + errs);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "name required|{}|metadata.name: Required value: name or generateName is required",
            "bad name|{name: Web_1, namespace: default}|metadata.name: Invalid value: \"Web_1\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
            "namespace required|{name: web}|metadata.namespace: Required value",
            "bad generateName|{generateName: Web-, namespace: default}|metadata.generateName: Invalid value: \"Web-\"",
            "bad label key|{name: web, namespace: default, labels: {'-x': y}}|metadata.labels: Invalid value: \"-x\"",
            "bad label value|{name: web, namespace: default, labels: {x: 'a b'}}|metadata.labels: Invalid value: \"a b\": a valid label must be an empty string or consist of alphanumeric characters",
            "bad annotation key|{name: web, namespace: default, annotations: {'a/b/c': y}}|metadata.annotations: Invalid value: \"a/b/c\": a qualified name must consist of",
            "bad finalizer|{name: web, namespace: default, finalizers: [hold]}|metadata.finalizers: Invalid value: \"hold\": name is neither a standard finalizer name nor is it fully qualified",
            "two controllers|{name: web, namespace: default, ownerReferences: [{apiVersion: v1, kind: A, name: a, uid: '1', controller: true}, {apiVersion: v1, kind: B, name: b, uid: '2', controller: true}]}|metadata.ownerReferences: Invalid value: []string{\"A/a\", \"B/b\"}: Only one reference can have Controller set to true",
    })
    void rejectsInvalidMetadata(String name, String meta, String expected) {
        Pod p = yaml("apiVersion: v1\nkind: Pod\nmetadata: " + meta + "\nspec: {containers: [{name: a, image: i}]}\n", Pod.class);
        List<String> errs = createErrors(p, Pod.class);
        assertTrue(errs.stream().anyMatch(e -> e.startsWith(expected)), () -> "expected [" + expected + "] among " + errs);
    }

    @Test
    void annotationsAreLimitedTo256KiB() {
        Pod p = pod("{containers: [{name: a, image: i}]}");
        p = p.withMetadata(p.metadata().withAnnotation("big", "x".repeat(256 * 1024)));
        assertEquals(List.of("metadata.annotations: Too long: may not be more than 262144 bytes"), createErrors(p, Pod.class));
    }

    @Test
    void generateNameAloneIsEnoughAfterTheServerNamesTheObject() {
        Pod p = yaml("apiVersion: v1\nkind: Pod\nmetadata: {generateName: web-, namespace: default}\nspec: {containers: [{name: a, image: i}]}\n", Pod.class);
        assertEquals(List.of("metadata.name: Required value: name or generateName is required"), createErrors(p, Pod.class));
        assertEquals(List.of(), createErrors(p.withMetadata(p.metadata().withName("web-x7k2p")), Pod.class));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "image may change|{containers: [{name: a, image: 'i:2'}]}|",
            "tolerations may be added|{tolerations: [{key: k, operator: Exists}], containers: [{name: a, image: 'i:1'}]}|",
            "deadline may be set|{activeDeadlineSeconds: 30, containers: [{name: a, image: 'i:1'}]}|",
            "command may not change|{containers: [{name: a, image: 'i:1', command: [sh]}]}|spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`",
            "containers may not be added|{containers: [{name: a, image: 'i:1'}, {name: b, image: 'i:1'}]}|spec: Forbidden: pod updates may not change fields other than",
            "nodeName may not change by update|{nodeName: n2, containers: [{name: a, image: 'i:1'}]}|spec: Forbidden: pod updates may not change fields other than",
    })
    void podSpecIsMostlyImmutable(String name, String newSpec, String expected) {
        List<String> errs = updateErrors(pod(newSpec), pod("{containers: [{name: a, image: 'i:1'}]}"), Pod.class);
        if (expected == null) {
            assertEquals(List.of(), errs);
        } else {
            assertTrue(errs.stream().anyMatch(e -> e.startsWith(expected)), () -> "expected [" + expected + "] among " + errs);
        }
    }

    @Test
    void deadlineMayOnlyGoDownAndTolerationsOnlyGrow() {
        Pod old = pod("{activeDeadlineSeconds: 30, tolerations: [{key: k, operator: Exists, effect: NoExecute, tolerationSeconds: 60}], containers: [{name: a, image: i}]}");
        assertEquals(List.of("spec.activeDeadlineSeconds: Invalid value: 60: must be less than or equal to previous value"),
                updateErrors(pod("{activeDeadlineSeconds: 60, tolerations: [{key: k, operator: Exists, effect: NoExecute, tolerationSeconds: 60}], containers: [{name: a, image: i}]}"), old, Pod.class));
        assertEquals(List.of(), updateErrors(pod("{activeDeadlineSeconds: 10, tolerations: [{key: k, operator: Exists, effect: NoExecute, tolerationSeconds: 30}], containers: [{name: a, image: i}]}"), old, Pod.class));
        List<String> removed = updateErrors(pod("{activeDeadlineSeconds: 30, containers: [{name: a, image: i}]}"), old, Pod.class);
        assertTrue(removed.contains("spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds"), removed::toString);
    }

    @Test
    void metadataIdentityIsImmutable() {
        Pod old = pod("{containers: [{name: a, image: i}]}");
        old = old.withMetadata(old.metadata().withUid("u1"));
        Pod renamed = old.withMetadata(old.metadata().withName("other").withUid("u2"));
        List<String> errs = updateErrors(renamed, old, Pod.class);
        assertTrue(errs.contains("metadata.name: Invalid value: \"other\": field is immutable"), errs::toString);
        assertTrue(errs.contains("metadata.uid: Invalid value: \"u2\": field is immutable"), errs::toString);
    }

    @Test
    void fieldLabelsForSelectors() {
        Pod p = rules(Pod.class).applyDefaults(pod("{nodeName: node-1, containers: [{name: a, image: i}]}"));
        Map<String, String> f = rules(Pod.class).fieldLabels(p);
        assertEquals("node-1", f.get("spec.nodeName"));
        assertEquals("Pending", f.get("status.phase"));
        assertEquals("web", f.get("metadata.name"));
        assertEquals("default", f.get("metadata.namespace"));
        assertEquals("false", f.get("spec.hostNetwork"));
        assertEquals(rules(Pod.class).fieldSelectorKeys(), f.keySet());
    }
}
