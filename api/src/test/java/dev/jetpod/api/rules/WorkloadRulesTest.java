package dev.jetpod.api.rules;

import static dev.jetpod.api.rules.RulesFixture.createErrors;
import static dev.jetpod.api.rules.RulesFixture.rules;
import static dev.jetpod.api.rules.RulesFixture.updateErrors;
import static dev.jetpod.api.rules.RulesFixture.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.api.apps.v1.Deployment;
import dev.jetpod.api.apps.v1.ReplicaSet;
import dev.jetpod.api.intstr.IntOrString;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ReplicaSets and Deployments. */
class WorkloadRulesTest {
    static final String TEMPLATE = "template: {metadata: {labels: {app: web}}, spec: {containers: [{name: web, image: nginx}]}}";

    static Deployment deployment(String spec) {
        return yaml("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: default}\nspec: " + spec + "\n", Deployment.class);
    }

    static ReplicaSet replicaSet(String spec) {
        return yaml("apiVersion: apps/v1\nkind: ReplicaSet\nmetadata: {name: web, namespace: default}\nspec: " + spec + "\n", ReplicaSet.class);
    }

    @Test
    void deploymentDefaults() {
        Deployment d = rules(Deployment.class).applyDefaults(deployment("{selector: {matchLabels: {app: web}}, " + TEMPLATE + "}"));
        assertEquals(1, d.spec().replicas());
        assertEquals("RollingUpdate", d.spec().strategy().type());
        assertEquals(IntOrString.of("25%"), d.spec().strategy().rollingUpdate().maxSurge());
        assertEquals(IntOrString.of("25%"), d.spec().strategy().rollingUpdate().maxUnavailable());
        assertEquals(10, d.spec().revisionHistoryLimit());
        assertEquals(600, d.spec().progressDeadlineSeconds());
        var pod = d.spec().template().spec();
        assertEquals("Always", pod.restartPolicy());
        assertEquals("ClusterFirst", pod.dnsPolicy());
        assertEquals(30L, pod.terminationGracePeriodSeconds());
        assertEquals("Always", pod.containers().get(0).imagePullPolicy());
        assertEquals(null, pod.serviceAccountName(), "templates get no service account: that is admission, for pods");
        assertEquals(null, pod.enableServiceLinks(), "enableServiceLinks is defaulted on pods, not templates");
        assertEquals(List.of(), createErrors(d, Deployment.class));
        assertEquals(d, rules(Deployment.class).applyDefaults(d));
    }

    @Test
    void recreateGetsNoRollingUpdateAndPartialRollingUpdateIsCompleted() {
        Deployment d = rules(Deployment.class).applyDefaults(deployment("{strategy: {type: Recreate}, selector: {matchLabels: {app: web}}, " + TEMPLATE + "}"));
        assertEquals(null, d.spec().strategy().rollingUpdate());
        d = rules(Deployment.class).applyDefaults(deployment("{strategy: {rollingUpdate: {maxSurge: 1}}, selector: {matchLabels: {app: web}}, " + TEMPLATE + "}"));
        assertEquals(IntOrString.of(1), d.spec().strategy().rollingUpdate().maxSurge());
        assertEquals(IntOrString.of("25%"), d.spec().strategy().rollingUpdate().maxUnavailable());
    }

    @Test
    void replicaSetDefaults() {
        ReplicaSet rs = rules(ReplicaSet.class).applyDefaults(replicaSet("{selector: {matchLabels: {app: web}}, " + TEMPLATE + "}"));
        assertEquals(1, rs.spec().replicas());
        assertEquals("Always", rs.spec().template().spec().restartPolicy());
        assertEquals(List.of(), createErrors(rs, ReplicaSet.class));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "negative replicas|{replicas: -1, selector: {matchLabels: {app: web}}, " + TEMPLATE + "}|spec.replicas: Invalid value: -1: must be greater than or equal to 0",
            "no selector|{" + TEMPLATE + "}|spec.selector: Required value",
            "empty selector|{selector: {}, " + TEMPLATE + "}|spec.selector: Invalid value: \"\": empty selector is invalid for deployment",
            "selector does not match|{selector: {matchLabels: {app: api}}, " + TEMPLATE + "}|spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\"}: `selector` does not match template `labels`",
            "bad selector operator|{selector: {matchExpressions: [{key: app, operator: Like, values: [x]}]}, " + TEMPLATE + "}|spec.selector: Invalid value",
            "template restartPolicy|{selector: {matchLabels: {app: web}}, template: {metadata: {labels: {app: web}}, spec: {restartPolicy: Never, containers: [{name: web, image: nginx}]}}}|spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\"",
            "template container image|{selector: {matchLabels: {app: web}}, template: {metadata: {labels: {app: web}}, spec: {containers: [{name: web}]}}}|spec.template.spec.containers[0].image: Required value",
            "strategy type|{strategy: {type: BlueGreen}, selector: {matchLabels: {app: web}}, " + TEMPLATE + "}|spec.strategy.type: Unsupported value: \"BlueGreen\": supported values: \"Recreate\", \"RollingUpdate\"",
            "recreate with rollingUpdate|{strategy: {type: Recreate, rollingUpdate: {maxSurge: 1}}, selector: {matchLabels: {app: web}}, " + TEMPLATE + "}|spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'",
            "both zero|{strategy: {rollingUpdate: {maxSurge: 0, maxUnavailable: 0}}, selector: {matchLabels: {app: web}}, " + TEMPLATE + "}|spec.strategy.rollingUpdate.maxUnavailable: Invalid value: \"0\": may not be 0 when `maxSurge` is 0",
            "bad percent|{strategy: {rollingUpdate: {maxSurge: 'x%'}}, selector: {matchLabels: {app: web}}, " + TEMPLATE + "}|spec.strategy.rollingUpdate.maxSurge: Invalid value: \"x%\": a valid percent string must be a numeric string followed by an ending '%'",
            "unavailable over 100%|{strategy: {rollingUpdate: {maxUnavailable: '150%'}}, selector: {matchLabels: {app: web}}, " + TEMPLATE + "}|spec.strategy.rollingUpdate.maxUnavailable: Invalid value: \"150%\": must not be greater than 100%",
            "progress deadline|{minReadySeconds: 700, selector: {matchLabels: {app: web}}, " + TEMPLATE + "}|spec.progressDeadlineSeconds: Invalid value: 600: must be greater than minReadySeconds",
            "history limit|{revisionHistoryLimit: -1, selector: {matchLabels: {app: web}}, " + TEMPLATE + "}|spec.revisionHistoryLimit: Invalid value: -1: must be greater than or equal to 0",
    })
    void rejectsInvalidDeployments(String name, String spec, String expected) {
        List<String> errs = createErrors(deployment(spec), Deployment.class);
        assertTrue(errs.stream().anyMatch(e -> e.startsWith(expected)), () -> "expected [" + expected + "] among " + errs);
    }

    @Test
    void replicaSetRejectsNegativeReplicasAndMismatch() {
        List<String> errs = createErrors(replicaSet("{replicas: -2, selector: {matchLabels: {app: x}}, " + TEMPLATE + "}"), ReplicaSet.class);
        assertTrue(errs.contains("spec.replicas: Invalid value: -2: must be greater than or equal to 0"), errs::toString);
        assertTrue(errs.stream().anyMatch(e -> e.startsWith("spec.template.metadata.labels: Invalid value")), errs::toString);
    }

    @Test
    void selectorsAreImmutable() {
        Deployment old = deployment("{selector: {matchLabels: {app: web}}, " + TEMPLATE + "}");
        Deployment changed = deployment("{selector: {matchLabels: {app: web, tier: fe}}, template: {metadata: {labels: {app: web, tier: fe}}, spec: {containers: [{name: web, image: nginx}]}}}");
        assertEquals(List.of("spec.selector: Invalid value: \"app=web,tier=fe\": field is immutable"), updateErrors(changed, old, Deployment.class));
        assertEquals(List.of(), updateErrors(deployment("{replicas: 5, selector: {matchLabels: {app: web}}, " + TEMPLATE + "}"), old, Deployment.class));
        ReplicaSet rsOld = replicaSet("{selector: {matchLabels: {app: web}}, " + TEMPLATE + "}");
        ReplicaSet rsNew = replicaSet("{selector: {matchExpressions: [{key: app, operator: In, values: [web]}]}, " + TEMPLATE + "}");
        assertEquals(List.of("spec.selector: Invalid value: \"app in (web)\": field is immutable"), updateErrors(rsNew, rsOld, ReplicaSet.class));
    }
}
