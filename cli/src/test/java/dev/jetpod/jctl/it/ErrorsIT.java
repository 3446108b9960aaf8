package dev.jetpod.jctl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.testkit.EtcdProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What users see when something is wrong: exactly the cause on stderr (one line; a validation error one line per
 * cause), exit code 1, nothing on stdout, never a stack trace — unless -v asks for it. Against a real apiserver.
 */
class ErrorsIT {
    static JctlCluster cluster;

    @BeforeAll
    static void start() {
        cluster = JctlCluster.start();
        cluster.write("bad-syntax.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels: a: b\n");
        cluster.write("invalid.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  containers: [{name: c}]\n");
        cluster.write("two-causes.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  containers: [{name: c}, {name: c, image: i}]\n");
        cluster.write("unknown-kind.yaml", "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n");
        cluster.write("no-name.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n");
        cluster.write("unknown-field.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  containers: [{name: c, image: i, imagee: j}]\n");
        cluster.write("wrong-type.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  containers: {name: c, image: i}\n");
        cluster.write("other-ns.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: elsewhere}\n");
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(List.of("apply", "-f", "missing.yaml"), "error: the path \"missing.yaml\" does not exist"),
                Arguments.of(List.of("apply", "-f", "bad-syntax.yaml"), "error: error parsing bad-syntax.yaml: yaml: line 5, column 12: mapping values are not allowed here"),
                Arguments.of(List.of("get", "widgets"), "error: the server doesn't have a resource type \"widgets\""),
                Arguments.of(List.of("apply", "-f", "unknown-kind.yaml"),
                        "error: resource mapping not found for name: \"w\" in unknown-kind.yaml: no matches for kind \"Widget\" in version \"example.com/v1\""),
                Arguments.of(List.of("apply", "-f", "invalid.yaml"), "The Pod \"x\" is invalid: spec.containers[0].image: Required value"),
                Arguments.of(List.of("apply", "-f", "unknown-field.yaml"),
                        "Error from server (BadRequest): error when creating \"unknown-field.yaml\": Pod in version \"v1\" cannot be handled as a Pod: strict decoding error: unknown field \"spec.containers[0].imagee\""),
                Arguments.of(List.of("apply", "-f", "wrong-type.yaml"),
                        "Error from server (BadRequest): error when creating \"wrong-type.yaml\": Pod in version \"v1\" cannot be handled as a Pod: spec.containers: cannot decode an object as a list"),
                Arguments.of(List.of("apply", "-f", "no-name.yaml"), "error: error validating no-name.yaml: metadata.name is required"),
                Arguments.of(List.of("apply", "-f", "other-ns.yaml", "-n", "default"),
                        "error: the namespace from the provided object \"elsewhere\" does not match the namespace \"default\". You must pass '--namespace=elsewhere' to perform this operation."),
                Arguments.of(List.of("get", "pod", "nope"), "Error from server (NotFound): pods \"nope\" not found"),
                Arguments.of(List.of("describe", "deploy", "nope"), "Error from server (NotFound): deployments.apps \"nope\" not found"),
                Arguments.of(List.of("delete", "svc", "nope"), "Error from server (NotFound): services \"nope\" not found"),
                Arguments.of(List.of("get", "pods", "-l", "x in ("), "Error from server (BadRequest): unable to parse requirement: found '', expected: ',', ')' or identifier"),
                Arguments.of(List.of("get", "pods", "--field-selector", "spec.foo=1"), "Error from server (BadRequest): field label not supported: spec.foo"),
                Arguments.of(List.of("get", "pods", "-o", "jsonpath={.items["), "error: error parsing jsonpath {.items[, unclosed action: missing '}'"),
                Arguments.of(List.of("get", "pods", "-o", "xml"), "error: unable to match a printer suitable for the output format \"xml\", allowed formats are: custom-columns,json,jsonpath,name,wide,yaml"),
                Arguments.of(List.of("--context", "nope", "get", "pods"), "error: context \"nope\" not found in " + "KUBECONFIG"),
                Arguments.of(List.of("get", "pods", "--bogus"), "error: Unknown option: '--bogus'\nSee 'jctl get --help' for usage."),
                Arguments.of(List.of("gte", "pods"), "error: unknown command \"gte\" for \"jctl\" (did you mean \"get\"?)"),
                Arguments.of(List.of("-n", "x", "logs", "web"),
                        "error: unknown command \"logs\" for \"jctl\" (logs talks to the node agent, which Jetpod does not have yet)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("cases")
    void oneClearLineAndExitCodeOne(List<String> args, String expected) {
        var r = cluster.jctl(args.toArray(String[]::new));
        assertEquals(1, r.code(), r.toString());
        assertEquals(expected.replace("KUBECONFIG", cluster.kubeconfig.toString()) + "\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void eachValidationCauseOnItsOwnLine() {
        var r = cluster.jctl("apply", "-f", "two-causes.yaml");
        assertEquals(1, r.code());
        List<String> lines = r.err().lines().toList();
        assertEquals("The Pod \"x\" is invalid: ", lines.get(0));
        assertTrue(lines.size() >= 3, r.err());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.startsWith("* spec.containers[")), r.err());
    }

    @Test
    void unreachableServer() throws Exception {
        int port = EtcdProcess.freePorts(1)[0];
        Path kc = cluster.write("down.kubeconfig", JctlCluster.kubeconfigFor("http://127.0.0.1:" + port));
        var r = cluster.jctl("--kubeconfig", kc.toString(), "get", "pods");
        assertEquals(1, r.code());
        assertEquals("error: cannot reach the apiserver at http://127.0.0.1:" + port + ": connection refused\n", r.err());
    }

    @Test
    void stackTracesOnlyWithV() {
        var quiet = cluster.jctl("get", "pod", "nope");
        assertFalse(quiet.err().contains("\tat "), quiet.err());
        var loud = cluster.jctl("get", "pod", "nope", "-v");
        assertEquals(1, loud.code());
        assertTrue(loud.err().startsWith("Error from server (NotFound): pods \"nope\" not found\n"), loud.err());
        var requests = cluster.jctl("get", "pod", "nope", "--v=6");
        assertTrue(requests.err().contains("GET " + cluster.server.url() + "/api/v1/namespaces/default/pods/nope"), requests.err());
        assertTrue(requests.err().contains(" 404 NotFound in "), requests.err());
    }

    @Test
    void conflictSaysReApply() throws Exception {
        cluster.write("c.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: conflicted}\ndata: {k: v}\n");
        assertEquals(0, cluster.jctl("apply", "-f", "c.yaml").code());
        // the editor changes the value while someone else changes the object: the update is refused
        Path editor = Files.createTempFile(cluster.dir, "ed", ".sh");
        Files.writeString(editor, "#!/bin/sh\nsed -i 's/k: v/k: mine/' \"$1\"\ngrep -q 'modified' \"$1\" || " + javaJctl("label cm conflicted someone=else") + "\n");
        Files.setPosixFilePermissions(editor, PosixFilePermissions.fromString("rwx------"));
        var r = cluster.run(Map.of("EDITOR", editor.toString()), "", "edit", "cm", "conflicted");
        assertTrue(r.err().contains("Error from server (Conflict): Operation cannot be fulfilled on configmaps \"conflicted\": the object has been modified; re-apply\n"),
                r.toString());
        // the reopened file came back unchanged, so jctl kept a copy and named it: clean it up
        Files.deleteIfExists(Path.of(r.err().replaceAll("(?s).*stored to \"([^\"]+)\".*", "$1")));
    }

    /** A shell command running jctl in a fresh JVM against this cluster (what a second user would do). */
    private static String javaJctl(String args) {
        return "KUBECONFIG=" + cluster.kubeconfig + " " + Path.of(System.getProperty("java.home"), "bin", "java") + " -cp '"
                + System.getProperty("java.class.path") + "' dev.jetpod.jctl.Main " + args + " >/dev/null";
    }
}
