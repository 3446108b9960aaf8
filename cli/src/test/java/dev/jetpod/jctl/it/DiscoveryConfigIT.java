package dev.jetpod.jctl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** api-resources, version, cluster-info from a real apiserver; config verbs on real kubeconfig files; completion. */
class DiscoveryConfigIT {
    static JctlCluster cluster;

    @BeforeAll
    static void start() {
        cluster = JctlCluster.start();
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void apiResourcesFromDiscovery() {
        var r = cluster.jctl("api-resources");
        assertEquals(0, r.code(), r.toString());
        List<String> l = r.out().lines().toList();
        assertTrue(l.get(0).matches("NAME +SHORTNAMES +APIVERSION +NAMESPACED +KIND"), l.get(0));
        assertTrue(l.stream().anyMatch(x -> x.matches("pods +po +v1 +true +Pod")), r.out());
        assertTrue(l.stream().anyMatch(x -> x.matches("deployments +deploy +apps/v1 +true +Deployment")), r.out());
        assertTrue(l.stream().anyMatch(x -> x.matches("horizontalpodautoscalers +hpa +autoscaling/v2 +true +HorizontalPodAutoscaler")), r.out());
        assertTrue(l.stream().noneMatch(x -> x.startsWith("pods/")), "no subresources");
        var names = cluster.jctl("api-resources", "--namespaced=false", "-o", "name").out();
        assertTrue(names.contains("namespaces\n") && names.contains("nodes\n") && !names.contains("pods\n"), names);
        assertTrue(cluster.jctl("api-resources", "-o", "wide").out().lines().findFirst().orElseThrow().matches(".*KIND +VERBS +CATEGORIES"));
    }

    @Test
    void versionAndClusterInfo() {
        var v = cluster.jctl("version");
        assertEquals(0, v.code(), v.toString());
        assertTrue(v.out().matches("Client Version: v\\S+\nServer Version: v\\S+\n"), v.out());
        assertTrue(cluster.jctl("version", "--client").out().matches("Client Version: v\\S+\n"));
        assertTrue(cluster.jctl("version", "-o", "json").out().contains("\"serverVersion\""));
        var ci = cluster.jctl("cluster-info");
        assertTrue(ci.out().startsWith("Kubernetes control plane is running at " + cluster.server.url() + "\n"), ci.out());
    }

    @Test
    void configVerbsOnACopyOfTheKubeconfig() throws Exception {
        Path kc = cluster.dir.resolve("config-copy");
        Files.writeString(kc, Files.readString(cluster.kubeconfig).replace("users:\n- name: jetpod-admin\n  user: {}",
                "users:\n- name: jetpod-admin\n  user: {token: s3cr3t}") + "preferences: {colors: true}\n");
        Map<String, String> env = new HashMap<>();
        env.put("KUBECONFIG", kc.toString());
        var view = cluster.run(env, "", "config", "view");
        assertTrue(view.out().contains("token: REDACTED"), view.out());
        assertFalse(view.out().contains("s3cr3t"), view.out());
        assertTrue(cluster.run(env, "", "config", "view", "--raw").out().contains("token: s3cr3t"));
        assertEquals("jetpod\n", cluster.run(env, "", "config", "current-context").out());
        assertEquals("CURRENT   NAME     CLUSTER   AUTHINFO       NAMESPACE\n*         jetpod   jetpod    jetpod-admin   default\n",
                cluster.run(env, "", "config", "get-contexts").out());

        assertEquals("Context \"other\" created.\n", cluster.run(env, "", "config", "set-context", "other", "--cluster=jetpod",
                "--user=jetpod-admin", "-n", "team-a").out());
        assertEquals("Switched to context \"other\".\n", cluster.run(env, "", "config", "use-context", "other").out());
        assertEquals("other\n", cluster.run(env, "", "config", "current-context").out());
        String file = Files.readString(kc);
        assertTrue(file.contains("colors: true"), "settings jctl does not model are kept: " + file);
        // the new context's namespace is what commands use by default
        var err = cluster.run(env, "", "get", "pods");
        assertEquals("No resources found in team-a namespace.\n", err.err());
        var missing = cluster.run(env, "", "config", "use-context", "nope");
        assertEquals("error: no context exists with the name: \"nope\"\n", missing.err());
    }

    @Test
    void kubeconfigFromJetpodHomeWhenNothingElseIsSet() {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", cluster.dir.resolve("home").toString());
        env.put("JETPOD_HOME", cluster.dir.toString());
        var r = cluster.runWith(env, "", "get", "ns", "default", "-o", "name");
        assertEquals("namespace/default\n", r.out(), r.toString());
        env.put("JETPOD_HOME", cluster.dir.resolve("nowhere").toString());
        var none = cluster.runWith(env, "", "get", "ns");
        assertEquals(1, none.code());
        assertTrue(none.err().startsWith("error: no kubeconfig found"), none.err());
    }

    @Test
    void completionScripts() {
        var bash = cluster.jctl("completion", "bash");
        assertEquals(0, bash.code());
        assertTrue(bash.out().contains("complete -F _complete_jctl"), bash.out().substring(0, 200));
        assertTrue(bash.out().contains("rollout"), "every verb is in the script");
        assertTrue(cluster.jctl("completion", "zsh").out().contains("bashcompinit"));
        assertEquals("error: unsupported shell type \"fish\": use bash or zsh\n", cluster.jctl("completion", "fish").err());
    }
}
