package dev.jetpod.apiserver.kubectl;

import static dev.jetpod.apiserver.it.TestServer.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.apiserver.it.TestServer;
import dev.jetpod.apiserver.kubectl.Kubectl.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real kubectl binaries of this machine (the oldest and the newest of kubectl.1.27 … 1.33) against a real API
 * server on a real etcd: every command a user reaches for, checked on its exit code and what it prints. Each
 * version works in a namespace of its own; the server is shared with the other integration tests of the module.
 * Skipped, saying so, on a machine without the binaries.
 */
class KubectlEndToEndTest {
    @TempDir
    static Path work;
    static TestServer s;
    static final List<Kubectl> KUBECTLS = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        List<Path> binaries = KubectlBinaries.oldestAndNewest();
        assumeTrue(!binaries.isEmpty(), "no kubectl.1.N binaries in " + KubectlBinaries.DIR + ": skipping the kubectl end-to-end tests");
        s = TestServer.shared();
        for (Path b : binaries) {
            String ns = s.newNamespace("kubectl" + KubectlBinaries.minor(b));
            Path dir = Files.createDirectories(work.resolve(b.getFileName().toString()));
            KUBECTLS.add(new Kubectl(b, dir, s.url(), ns));
        }
    }

    static Stream<Kubectl> kubectls() {
        return KUBECTLS.stream();
    }

    static Result ok(Result r) {
        assertEquals(0, r.exit(), r.toString());
        return r;
    }

    static Result fails(Result r) {
        assertEquals(1, r.exit(), r.toString());
        return r;
    }

    /** Watch streams the server has open on a resource (its apiserver_open_watches gauge). */
    static int openWatches(String resource) {
        String prefix = "apiserver_open_watches{resource=\"" + resource + "\"} ";
        return s.get("/metrics").text().lines().filter(l -> l.startsWith(prefix))
                .mapToInt(l -> (int) Double.parseDouble(l.substring(prefix.length()))).findFirst().orElse(0);
    }

    /** Polls until kubectl's watch is open, so a change made next is one it sees happen. */
    static void awaitOpenWatches(String resource, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (openWatches(resource) < atLeast) {
            assertTrue(System.nanoTime() < deadline, "kubectl never opened its watch on " + resource);
            Thread.sleep(50);
        }
    }

    static String pod(String name, String labels) {
        return """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: %s
                  labels: {%s}
                spec:
                  containers:
                  - name: main
                    image: nginx:1.25
                    ports: [{containerPort: 80}]
                """.formatted(name, labels);
    }

    static String deployment(String name, int replicas, String extraSpec) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: %s
                  labels: {app: %s}
                spec:
                  replicas: %d
                  selector: {matchLabels: {app: %s}}
                  template:
                    metadata: {labels: {app: %s}}
                    spec:
                      containers:
                      - name: web
                        image: nginx:1.25
                %s""".formatted(name, name, replicas, name, name, extraSpec);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kubectls")
    void versionAndApiResources(Kubectl k) throws Exception {
        JsonNode v = s.json.readTree(ok(k.run("version", "-o", "json")).out());
        assertTrue(v.at("/serverVersion/gitVersion").asText().startsWith("v1."), v.toString());
        assertEquals(k.version(), v.at("/clientVersion/major").asText() + "." + v.at("/clientVersion/minor").asText());

        String resources = ok(k.run("api-resources")).out();
        assertTrue(resources.lines().anyMatch(l -> l.matches("pods\\s+po\\s+v1\\s+true\\s+Pod")), resources);
        assertTrue(resources.lines().anyMatch(l -> l.matches("deployments\\s+deploy\\s+apps/v1\\s+true\\s+Deployment")), resources);
        assertTrue(resources.lines().anyMatch(l -> l.matches("horizontalpodautoscalers\\s+hpa\\s+autoscaling/v2\\s+true\\s+HorizontalPodAutoscaler")), resources);
        assertTrue(resources.lines().anyMatch(l -> l.matches("leases\\s+coordination.k8s.io/v1\\s+true\\s+Lease")), resources);
        String cluster = ok(k.run("api-resources", "--namespaced=false", "-o", "name")).out();
        assertTrue(cluster.contains("namespaces") && cluster.contains("nodes") && !cluster.contains("pods"), cluster);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kubectls")
    void getPrintsServerSideTablesInEveryOutputForm(Kubectl k) throws Exception {
        ok(k.run("create", "-f", k.file("web.yaml", pod("web", "app: web, tier: front")).toString()));
        assertEquals("pod/web created", ok(k.run("create", "-f", k.file("db.yaml", pod("db", "app: db")).toString())).out().strip().replace("db", "web"));

        List<String> table = ok(k.run("get", "pods")).lines();
        assertTrue(table.get(0).matches("NAME\\s+READY\\s+STATUS\\s+RESTARTS\\s+AGE"), table.toString());
        assertTrue(table.stream().anyMatch(l -> l.matches("web\\s+0/1\\s+Pending\\s+0\\s+\\d+s")), table.toString());
        assertTrue(ok(k.run("get", "pods", "-o", "wide")).lines().get(0)
                .matches("NAME\\s+READY\\s+STATUS\\s+RESTARTS\\s+AGE\\s+IP\\s+NODE\\s+NOMINATED NODE\\s+READINESS GATES"));
        assertEquals(List.of("pod/web"), ok(k.run("get", "pods", "-l", "app=web", "-o", "name")).lines());
        assertEquals(List.of("pod/db", "pod/web"), ok(k.run("get", "pods", "-l", "app in (web,db)", "-o", "name")).lines());
        Result none = ok(k.run("get", "pods", "-l", "app=nothing"));
        assertEquals("No resources found in " + k.namespace() + " namespace.", none.err().strip());
        assertEquals("nginx:1.25", ok(k.run("get", "pod", "web", "-o", "jsonpath={.spec.containers[0].image}")).out());
        assertTrue(ok(k.run("get", "pod", "web", "-o", "yaml")).out().contains("kind: Pod"));
        JsonNode json = s.json.readTree(ok(k.run("get", "pods", "-l", "app in (web,db)", "-o", "json")).out());
        assertEquals("List", json.path("kind").asText());
        assertEquals(2, json.path("items").size());

        List<String> all = ok(k.run("get", "pods", "-A")).lines();
        assertTrue(all.get(0).matches("NAMESPACE\\s+NAME\\s+READY\\s+STATUS\\s+RESTARTS\\s+AGE"), all.toString());
        assertTrue(all.stream().anyMatch(l -> l.matches(k.namespace() + "\\s+web\\s+0/1\\s+Pending.*")), all.toString());
        List<String> labels = ok(k.run("get", "pod", "web", "--show-labels")).lines();
        assertTrue(labels.get(1).endsWith("app=web,tier=front"), labels.toString());

        Result missing = fails(k.run("get", "pod", "nope"));
        assertEquals("Error from server (NotFound): pods \"nope\" not found", missing.err().strip());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kubectls")
    void getTablesOfOtherKinds(Kubectl k) {
        ok(k.run("apply", "-f", k.file("tables.yaml", deployment("tbl", 2, "") + """
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: tbl}
                spec:
                  selector: {app: tbl}
                  ports: [{port: 80, protocol: TCP}]
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: tbl}
                data: {a: "1", b: "2"}
                """).toString()));
        List<String> deploy = ok(k.run("get", "deployment", "tbl", "-o", "wide")).lines();
        assertTrue(deploy.get(0).matches("NAME\\s+READY\\s+UP-TO-DATE\\s+AVAILABLE\\s+AGE\\s+CONTAINERS\\s+IMAGES\\s+SELECTOR"), deploy.toString());
        assertTrue(deploy.get(1).matches("tbl\\s+0/2\\s+0\\s+0\\s+\\S+\\s+web\\s+nginx:1.25\\s+app=tbl"), deploy.toString());
        List<String> svc = ok(k.run("get", "svc", "tbl")).lines();
        assertTrue(svc.get(0).matches("NAME\\s+TYPE\\s+CLUSTER-IP\\s+EXTERNAL-IP\\s+PORT\\(S\\)\\s+AGE"), svc.toString());
        assertTrue(svc.get(1).matches("tbl\\s+ClusterIP\\s+\\S+\\s+<none>\\s+80/TCP\\s+\\S+"), svc.toString());
        assertTrue(ok(k.run("get", "cm", "tbl")).lines().get(1).matches("tbl\\s+2\\s+\\S+"));
        List<String> ns = ok(k.run("get", "ns", k.namespace())).lines();
        assertTrue(ns.get(1).matches(k.namespace() + "\\s+Active\\s+\\S+"), ns.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kubectls")
    void getTablesOfNodesEventsLeasesAndReplicaSets(Kubectl k) {
        String node = "node-" + k.minor();
        assertEquals(201, s.post("/api/v1/nodes", q("{'metadata':{'name':'" + node + "','labels':{'node-role.kubernetes.io/worker':''}},"
                + "'spec':{'unschedulable':true},'status':{'conditions':[{'type':'Ready','status':'True'}],"
                + "'addresses':[{'type':'InternalIP','address':'10.0.0." + k.minor() + "'}],"
                + "'nodeInfo':{'kubeletVersion':'v1.30.0-jetpod','osImage':'Debian GNU/Linux 12','kernelVersion':'6.1.0','containerRuntimeVersion':'jetpod://0.1'}}}")).code());
        List<String> nodes = ok(k.run("get", "node", node, "-o", "wide")).lines();
        assertTrue(nodes.get(0).matches("NAME\\s+STATUS\\s+ROLES\\s+AGE\\s+VERSION\\s+INTERNAL-IP\\s+EXTERNAL-IP\\s+OS-IMAGE\\s+KERNEL-VERSION\\s+CONTAINER-RUNTIME"), nodes.toString());
        assertTrue(nodes.get(1).matches(node + "\\s+Ready,SchedulingDisabled\\s+worker\\s+\\S+\\s+v1.30.0-jetpod\\s+10.0.0." + k.minor()
                + "\\s+<none>\\s+Debian GNU/Linux 12\\s+6.1.0\\s+jetpod://0.1"), nodes.toString());

        String ns = "/api/v1/namespaces/" + k.namespace();
        assertEquals(201, s.post(ns + "/events", q("{'metadata':{'name':'ev1'},'involvedObject':{'kind':'Pod','name':'web','namespace':'" + k.namespace() + "'},"
                + "'reason':'Pulled','message':'Image pulled','type':'Normal','count':2,'source':{'component':'kubelet'},"
                + "'firstTimestamp':'2024-05-01T10:00:00Z','lastTimestamp':'2024-05-01T10:01:00Z'}")).code());
        List<String> events = ok(k.run("get", "events")).lines();
        assertTrue(events.get(0).matches("LAST SEEN\\s+TYPE\\s+REASON\\s+OBJECT\\s+MESSAGE"), events.toString());
        assertTrue(events.stream().anyMatch(l -> l.matches("\\S+\\s+Normal\\s+Pulled\\s+pod/web\\s+Image pulled")), events.toString());

        assertEquals(201, s.post("/apis/coordination.k8s.io/v1/namespaces/" + k.namespace() + "/leases",
                q("{'metadata':{'name':'leader'},'spec':{'holderIdentity':'node-a_1234'}}")).code());
        assertTrue(ok(k.run("get", "leases")).lines().get(1).matches("leader\\s+node-a_1234\\s+\\S+"));

        ok(k.run("apply", "-f", k.file("rs.yaml", """
                apiVersion: apps/v1
                kind: ReplicaSet
                metadata: {name: rs1}
                spec:
                  replicas: 3
                  selector: {matchLabels: {app: rs1}}
                  template:
                    metadata: {labels: {app: rs1}}
                    spec: {containers: [{name: c, image: busybox}]}
                """).toString()));
        List<String> rs = ok(k.run("get", "rs", "rs1")).lines();
        assertTrue(rs.get(0).matches("NAME\\s+DESIRED\\s+CURRENT\\s+READY\\s+AGE"), rs.toString());
        assertTrue(rs.get(1).matches("rs1\\s+3\\s+0\\s+0\\s+\\S+"), rs.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kubectls")
    void watchPrintsEachChangeAsARow(Kubectl k) throws Exception {
        String cms = "/api/v1/namespaces/" + k.namespace() + "/configmaps";
        assertEquals(201, s.post(cms, q("{'metadata':{'name':'watched-1','labels':{'watch':'me'}},'data':{'a':'1'}}")).code());
        try (Background w = new Background(k.start("get", "configmaps", "-l", "watch=me", "-w"))) {
            w.awaitLine(l -> l.matches("watched-1\\s+1\\s+\\S+"));
            assertEquals(201, s.post(cms, q("{'metadata':{'name':'watched-2','labels':{'watch':'me'}},'data':{'a':'1','b':'2'}}")).code());
            w.awaitLine(l -> l.matches("watched-2\\s+2\\s+\\S+"));
            assertEquals(200, s.patch(cms + "/watched-1", "application/merge-patch+json", q("{'data':{'c':'3'}}")).code());
            w.awaitLine(l -> l.matches("watched-1\\s+2\\s+\\S+"));
            assertTrue(w.output().lines().findFirst().orElse("").matches("NAME\\s+DATA\\s+AGE"), w.output());
        }
    }

    /** kubectl 1.32+ send the objects of its generators as Kubernetes protobuf (dev.jetpod.apiserver.protobuf). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kubectls")
    void generatorsCreateObjects(Kubectl k) {
        String ns = "gen-" + k.minor() + "-" + Long.toHexString(System.nanoTime() & 0xffffff);
        assertEquals("namespace/" + ns + " created", ok(k.run("create", "namespace", ns)).out().strip());
        assertEquals("configmap/gen-cm created", ok(k.run("create", "configmap", "gen-cm", "--from-literal=a=1", "--from-literal=b=2")).out().strip());
        assertEquals("secret/gen-secret created", ok(k.run("create", "secret", "generic", "gen-secret", "--from-literal=password=s3cr3t")).out().strip());
        assertEquals("deployment.apps/gen-deploy created",
                ok(k.run("create", "deployment", "gen-deploy", "--image=nginx:1.25", "--replicas=2", "--port=80")).out().strip());
        assertEquals("service/gen-svc created", ok(k.run("create", "service", "clusterip", "gen-svc", "--tcp=80:8080")).out().strip());
        assertEquals("pod/gen-pod created", ok(k.run("run", "gen-pod", "--image=busybox:1.36", "--labels=app=gen", "--env=MODE=test", "--", "sleep", "3600")).out().strip());
        assertEquals("service/gen-exposed exposed", ok(k.run("expose", "deployment", "gen-deploy", "--port=81", "--target-port=80", "--name=gen-exposed")).out().strip());

        assertEquals("2 nginx:1.25 80", ok(k.run("get", "deployment", "gen-deploy", "-o",
                "jsonpath={.spec.replicas} {.spec.template.spec.containers[0].image} {.spec.template.spec.containers[0].ports[0].containerPort}")).out());
        assertEquals("1 2 czNjcjN0", ok(k.run("get", "cm", "gen-cm", "-o", "jsonpath={.data.a} {.data.b}")).out() + " "
                + ok(k.run("get", "secret", "gen-secret", "-o", "jsonpath={.data.password}")).out());
        assertEquals("busybox:1.36 sleep 3600 MODE=test gen", ok(k.run("get", "pod", "gen-pod", "-o",
                "jsonpath={.spec.containers[0].image} {.spec.containers[0].args[*]} {.spec.containers[0].env[0].name}={.spec.containers[0].env[0].value} {.metadata.labels.app}")).out());
        assertEquals("80 8080", ok(k.run("get", "service", "gen-svc", "-o", "jsonpath={.spec.ports[0].port} {.spec.ports[0].targetPort}")).out());
        assertEquals("81 80 gen-deploy", ok(k.run("get", "service", "gen-exposed", "-o",
                "jsonpath={.spec.ports[0].port} {.spec.ports[0].targetPort} {.spec.selector.app}")).out());
        // kubectl up to 1.32 autoscales through autoscaling/v1 (stored as v2), newer ones through autoscaling/v2
        assertEquals("horizontalpodautoscaler.autoscaling/gen-deploy autoscaled",
                ok(k.run("autoscale", "deployment", "gen-deploy", "--min=1", "--max=4", "--cpu-percent=70")).out().strip());
        assertTrue(ok(k.run("get", "hpa", "gen-deploy")).lines().get(1).matches("gen-deploy\\s+Deployment/gen-deploy\\s+cpu: <unknown>/70%\\s+1\\s+4\\s+0\\s+\\S+"));
        assertEquals("70 Utilization", ok(k.run("get", "horizontalpodautoscalers.v2.autoscaling", "gen-deploy", "-o",
                "jsonpath={.spec.metrics[0].resource.target.averageUtilization} {.spec.metrics[0].resource.target.type}")).out());
        assertEquals("70", ok(k.run("get", "horizontalpodautoscalers.v1.autoscaling", "gen-deploy", "-o", "jsonpath={.spec.targetCPUUtilizationPercentage}")).out());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kubectls")
    void describeShowsSpecStatusAndEvents(Kubectl k) {
        ok(k.run("apply", "-f", k.file("described.yaml", pod("described", "app: described")).toString()));
        String out = ok(k.run("describe", "pod", "described")).out();
        assertTrue(out.contains("Name:") && out.contains("described"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("Namespace:\\s+" + k.namespace())), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("Status:\\s+Pending")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("\\s+Image:\\s+nginx:1.25")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("Events:\\s+<none>")), out);
        String deploy = ok(k.run("apply", "-f", k.file("described-d.yaml", deployment("described-d", 1, "")).toString())).out();
        assertTrue(deploy.contains("created"), deploy);
        String d = ok(k.run("describe", "deployment", "described-d")).out();
        assertTrue(d.lines().anyMatch(l -> l.matches("Replicas:\\s+1 desired.*")), d);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kubectls")
    void clientSideApplyWithDefaultValidation(Kubectl k) {
        String withExtras = deployment("csa", 2, "  minReadySeconds: 5\n");
        Path f = k.file("csa.yaml", withExtras);
        assertEquals("deployment.apps/csa created", ok(k.run("apply", "-f", f.toString())).out().strip());
        assertEquals("deployment.apps/csa unchanged", ok(k.run("apply", "-f", f.toString())).out().strip());
        k.file("csa.yaml", deployment("csa", 3, ""));
        assertEquals("deployment.apps/csa configured", ok(k.run("apply", "-f", f.toString())).out().strip());
        assertEquals("3:", ok(k.run("get", "deploy", "csa", "-o", "jsonpath={.spec.replicas}:{.spec.minReadySeconds}")).out(),
                "a field removed from the file is removed from the object");

        Result unknown = fails(k.run("apply", "-f", k.file("unknown.yaml", deployment("bad", 1, "  replicaz: 4\n")).toString()));
        assertTrue(unknown.err().contains("strict decoding error: unknown field \"spec.replicaz\""), unknown.toString());
        Result warned = ok(k.run("apply", "--validate=warn", "-f", k.file("unknown.yaml", deployment("bad", 1, "  replicaz: 4\n")).toString()));
        assertTrue(warned.err().contains("Warning: unknown field \"spec.replicaz\""), warned.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kubectls")
    void serverSideApplyOwnsPrunesAndConflicts(Kubectl k) {
        Path f = k.file("ssa.yaml", deployment("ssa", 2, "  minReadySeconds: 5\n"));
        assertEquals("deployment.apps/ssa serverside-applied", ok(k.run("apply", "--server-side", "-f", f.toString())).out().strip());
        k.file("ssa.yaml", deployment("ssa", 2, ""));
        ok(k.run("apply", "--server-side", "-f", f.toString()));
        assertEquals("2:", ok(k.run("get", "deploy", "ssa", "-o", "jsonpath={.spec.replicas}:{.spec.minReadySeconds}")).out());
        assertTrue(ok(k.run("get", "deploy", "ssa", "-o", "jsonpath={.metadata.managedFields[0].manager}/{.metadata.managedFields[0].operation}")).out()
                .equals("kubectl/Apply"));

        Path other = k.file("ssa-other.yaml", deployment("ssa", 5, ""));
        Result conflict = fails(k.run("apply", "--server-side", "--field-manager=team-b", "-f", other.toString()));
        assertTrue(conflict.err().contains("Apply failed with 1 conflict: conflict with \"kubectl\" using apps/v1: .spec.replicas"), conflict.toString());
        ok(k.run("apply", "--server-side", "--field-manager=team-b", "--force-conflicts", "-f", other.toString()));
        assertEquals("5", ok(k.run("get", "deploy", "ssa", "-o", "jsonpath={.spec.replicas}")).out());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kubectls")
    void createScaleLabelAnnotatePatchAndDelete(Kubectl k) {
        ok(k.run("create", "-f", k.file("ops.yaml", deployment("ops", 1, "")).toString()));
        assertEquals("deployment.apps/ops scaled", ok(k.run("scale", "deployment", "ops", "--replicas=3")).out().strip());
        List<String> scale = ok(k.run("get", "deployment", "ops", "--subresource=scale")).lines();
        assertTrue(scale.get(0).matches("NAME\\s+DESIRED\\s+AVAILABLE") && scale.get(1).matches("ops\\s+3\\s+0"), scale.toString());
        assertEquals("deployment.apps/ops labeled", ok(k.run("label", "deployment", "ops", "tier=back")).out().strip());
        ok(k.run("annotate", "deployment", "ops", "owner=team-a"));
        ok(k.run("patch", "deployment", "ops", "-p", "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"web\",\"image\":\"nginx:1.26\"}]}}}}"));
        ok(k.run("patch", "deployment", "ops", "--type=merge", "-p", "{\"metadata\":{\"labels\":{\"m\":\"merge\"}}}"));
        ok(k.run("patch", "deployment", "ops", "--type=json", "-p", "[{\"op\":\"add\",\"path\":\"/spec/minReadySeconds\",\"value\":7}]"));
        assertEquals("3 back team-a nginx:1.26 merge 7 web", ok(k.run("get", "deployment", "ops", "-o",
                "jsonpath={.spec.replicas} {.metadata.labels.tier} {.metadata.annotations.owner} {.spec.template.spec.containers[0].image}"
                        + " {.metadata.labels.m} {.spec.minReadySeconds} {.spec.template.spec.containers[*].name}")).out(),
                "the strategic merge patch merged the container by name");
        ok(k.run("label", "deployment", "ops", "tier-"));
        assertEquals("", ok(k.run("get", "deployment", "ops", "-o", "jsonpath={.metadata.labels.tier}")).out());

        assertEquals("deployment.apps \"ops\" deleted", ok(k.run("delete", "deployment", "ops")).out().strip());
        fails(k.run("get", "deployment", "ops"));
        Result missing = fails(k.run("delete", "pod", "never-was"));
        assertEquals("Error from server (NotFound): pods \"never-was\" not found", missing.err().strip());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kubectls")
    void editThroughTheUsersEditor(Kubectl k) throws Exception {
        ok(k.run("apply", "-f", k.file("edit.yaml", deployment("edited", 2, "")).toString()));
        Path editor = k.file("editor.sh", "#!/bin/sh\nsed -i 's/replicas: 2/replicas: 4/' \"$1\"\n");
        editor.toFile().setExecutable(true);
        Result edited = ok(k.run(Map.of("EDITOR", editor.toString(), "KUBE_EDITOR", editor.toString()), "edit", "deployment", "edited"));
        assertEquals("deployment.apps/edited edited", edited.out().strip());
        assertEquals("4", ok(k.run("get", "deployment", "edited", "-o", "jsonpath={.spec.replicas}")).out());
        String managers = ok(k.run("get", "deployment", "edited", "-o", "jsonpath={.metadata.managedFields[*].manager}")).out();
        assertTrue(managers.contains("kubectl-edit"), managers);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kubectls")
    void waitForAConditionAndForDeletion(Kubectl k) throws Exception {
        String pods = "/api/v1/namespaces/" + k.namespace() + "/pods";
        ok(k.run("create", "-f", k.file("waited.yaml", pod("waited", "app: waited")).toString()));
        try (Background wait = new Background(k.start("wait", "--for=condition=Ready", "pod/waited", "--timeout=60s"))) {
            assertEquals(200, s.patch(pods + "/waited/status", "application/merge-patch+json",
                    q("{'status':{'conditions':[{'type':'Ready','status':'True'}]}}")).code());
            assertEquals(0, wait.awaitExit(), wait.output());
            assertEquals("pod/waited condition met", wait.output().strip());
        }
        int watching = openWatches("pods");
        try (Background wait = new Background(k.start("wait", "--for=delete", "pod/waited", "--timeout=60s"))) {
            awaitOpenWatches("pods", watching + 1);
            assertEquals(200, s.delete(pods + "/waited").code());
            assertEquals(0, wait.awaitExit(), wait.output());
            assertTrue(wait.output().strip().matches("pod/waited (condition met|deleted)"), wait.output());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kubectls")
    void podsBeingDeletedShowTerminatingUntilForced(Kubectl k) {
        String pods = "/api/v1/namespaces/" + k.namespace() + "/pods";
        ok(k.run("create", "-f", k.file("bound.yaml", pod("bound", "app: bound")).toString()));
        assertEquals(201, s.post(pods + "/bound/binding", q("{'apiVersion':'v1','kind':'Binding','metadata':{'name':'bound'},'target':{'kind':'Node','name':'node-1'}}")).code());
        assertEquals("pod \"bound\" deleted", ok(k.run("delete", "pod", "bound", "--wait=false")).out().strip());
        List<String> rows = ok(k.run("get", "pod", "bound", "-o", "wide")).lines();
        assertTrue(rows.get(1).matches("bound\\s+0/1\\s+Terminating\\s+0\\s+\\S+\\s+<none>\\s+node-1\\s+<none>\\s+<none>"), rows.toString());
        Result forced = ok(k.run("delete", "pod", "bound", "--grace-period=0", "--force"));
        assertTrue(forced.out().contains("pod \"bound\"") && forced.out().contains("deleted"), forced.toString());
        fails(k.run("get", "pod", "bound"));
    }
}
