package dev.jetpod.apiserver.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.apps.v1.Deployment;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.schema.FieldRules;
import dev.jetpod.api.schema.PatchMeta;
import dev.jetpod.api.schema.Schemas;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven: each case is (what, original, patch as kubectl sends it, expected result), with single quotes for JSON quotes. */
class StrategicMergePatchApplierTest {
    private static final ObjectMapper M = new ObjectMapper();
    private static final Schemas SCHEMAS = new Schemas(FieldRules.kubernetes());
    private static final PatchMeta POD = PatchMeta.of(SCHEMAS, Pod.class);
    private static final PatchMeta DEPLOYMENT = PatchMeta.of(SCHEMAS, Deployment.class);

    static Stream<Arguments> podCases() {
        return Stream.of(
                Arguments.of("maps merge, null deletes",
                        "{'metadata':{'labels':{'a':'1','b':'2'}}}",
                        "{'metadata':{'labels':{'b':null,'c':'3'}}}",
                        "{'metadata':{'labels':{'a':'1','c':'3'}}}"),
                Arguments.of("containers merge by name; image changes, other fields stay",
                        "{'spec':{'containers':[{'name':'a','image':'x:1','args':['1']},{'name':'b','image':'y:1'}]}}",
                        "{'spec':{'containers':[{'name':'b','image':'y:2'}]}}",
                        "{'spec':{'containers':[{'name':'a','image':'x:1','args':['1']},{'name':'b','image':'y:2'}]}}"),
                Arguments.of("a new container is appended",
                        "{'spec':{'containers':[{'name':'a','image':'x'}]}}",
                        "{'spec':{'containers':[{'name':'c','image':'z'}]}}",
                        "{'spec':{'containers':[{'name':'a','image':'x'},{'name':'c','image':'z'}]}}"),
                Arguments.of("$patch: delete removes a container by name",
                        "{'spec':{'containers':[{'name':'a','image':'x'},{'name':'b','image':'y'}]}}",
                        "{'spec':{'containers':[{'name':'a','$patch':'delete'}]}}",
                        "{'spec':{'containers':[{'name':'b','image':'y'}]}}"),
                Arguments.of("$patch: replace in a list replaces the whole list",
                        "{'spec':{'containers':[{'name':'a','image':'x'},{'name':'b','image':'y'}]}}",
                        "{'spec':{'containers':[{'name':'c','image':'z'},{'$patch':'replace'}]}}",
                        "{'spec':{'containers':[{'name':'c','image':'z'}]}}"),
                Arguments.of("env merges by name, ports by containerPort, volumeMounts by mountPath",
                        "{'spec':{'containers':[{'name':'a','env':[{'name':'X','value':'1'},{'name':'Y','value':'2'}],'ports':[{'containerPort':80,'name':'http'}],'volumeMounts':[{'name':'v','mountPath':'/d'}]}]}}",
                        "{'spec':{'containers':[{'name':'a','env':[{'name':'Y','value':'3'}],'ports':[{'containerPort':443,'name':'https'}],'volumeMounts':[{'name':'w','mountPath':'/d'}]}]}}",
                        "{'spec':{'containers':[{'name':'a','env':[{'name':'X','value':'1'},{'name':'Y','value':'3'}],'ports':[{'containerPort':80,'name':'http'},{'containerPort':443,'name':'https'}],'volumeMounts':[{'name':'w','mountPath':'/d'}]}]}}"),
                Arguments.of("tolerations have no merge key in Kubernetes: replaced whole",
                        "{'spec':{'tolerations':[{'key':'a','operator':'Exists'}]}}",
                        "{'spec':{'tolerations':[{'key':'b','operator':'Exists'}]}}",
                        "{'spec':{'tolerations':[{'key':'b','operator':'Exists'}]}}"),
                Arguments.of("volumes and imagePullSecrets merge by name",
                        "{'spec':{'volumes':[{'name':'a','emptyDir':{}}],'imagePullSecrets':[{'name':'s1'}]}}",
                        "{'spec':{'volumes':[{'name':'b','emptyDir':{}}],'imagePullSecrets':[{'name':'s2'}]}}",
                        "{'spec':{'volumes':[{'name':'a','emptyDir':{}},{'name':'b','emptyDir':{}}],'imagePullSecrets':[{'name':'s1'},{'name':'s2'}]}}"),
                Arguments.of("$retainKeys in a volume drops the old source (kubectl apply switching emptyDir to hostPath)",
                        "{'spec':{'volumes':[{'name':'a','emptyDir':{}}]}}",
                        "{'spec':{'volumes':[{'name':'a','hostPath':{'path':'/x'},'$retainKeys':['hostPath','name']}]}}",
                        "{'spec':{'volumes':[{'name':'a','hostPath':{'path':'/x'}}]}}"),
                Arguments.of("$setElementOrder reorders containers as the client lists them",
                        "{'spec':{'containers':[{'name':'a','image':'x'},{'name':'b','image':'y'}]}}",
                        "{'spec':{'$setElementOrder/containers':[{'name':'b'},{'name':'a'}],'containers':[{'name':'a','image':'x2'}]}}",
                        "{'spec':{'containers':[{'name':'b','image':'y'},{'name':'a','image':'x2'}]}}"),
                Arguments.of("finalizers merge as a set; $deleteFromPrimitiveList removes",
                        "{'metadata':{'finalizers':['a','b']}}",
                        "{'metadata':{'finalizers':['c'],'$deleteFromPrimitiveList/finalizers':['a']}}",
                        "{'metadata':{'finalizers':['b','c']}}"),
                Arguments.of("$patch: replace on a map replaces it",
                        "{'metadata':{'labels':{'a':'1','b':'2'}}}",
                        "{'metadata':{'labels':{'$patch':'replace','c':'3'}}}",
                        "{'metadata':{'labels':{'c':'3'}}}"),
                Arguments.of("$patch: delete on a map removes it",
                        "{'spec':{'nodeSelector':{'a':'1'},'restartPolicy':'Always'}}",
                        "{'spec':{'nodeSelector':{'$patch':'delete'}}}",
                        "{'spec':{'restartPolicy':'Always'}}"),
                Arguments.of("lists without a strategy (args) are replaced",
                        "{'spec':{'containers':[{'name':'a','args':['1','2']}]}}",
                        "{'spec':{'containers':[{'name':'a','args':['3']}]}}",
                        "{'spec':{'containers':[{'name':'a','args':['3']}]}}"),
                Arguments.of("status conditions merge by type",
                        "{'status':{'conditions':[{'type':'Ready','status':'False'},{'type':'PodScheduled','status':'True'}]}}",
                        "{'status':{'conditions':[{'type':'Ready','status':'True'}]}}",
                        "{'status':{'conditions':[{'type':'Ready','status':'True'},{'type':'PodScheduled','status':'True'}]}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("podCases")
    void podPatches(String what, String original, String patch, String expected) throws Exception {
        JsonNode out = new StrategicMergePatchApplier().apply((ObjectNode) json(original), json(patch), POD);
        assertEquals(json(expected), out, what);
    }

    @Test
    void deploymentTemplateContainersMergeByName() throws Exception {
        String original = "{'spec':{'replicas':1,'template':{'spec':{'containers':[{'name':'web','image':'nginx:1','ports':[{'containerPort':80}]}]}}}}";
        String patch = "{'spec':{'replicas':3,'template':{'spec':{'$setElementOrder/containers':[{'name':'web'}],'containers':[{'name':'web','image':'nginx:2'}]}}}}";
        String expected = "{'spec':{'replicas':3,'template':{'spec':{'containers':[{'name':'web','image':'nginx:2','ports':[{'containerPort':80}]}]}}}}";
        assertEquals(json(expected), new StrategicMergePatchApplier().apply((ObjectNode) json(original), json(patch), DEPLOYMENT));
    }

    @Test
    void mergeKeyMissingIsBadRequest() throws Exception {
        ApiException e = assertThrows(ApiException.class, () -> new StrategicMergePatchApplier()
                .apply((ObjectNode) json("{'spec':{'containers':[]}}"), json("{'spec':{'containers':[{'image':'x'}]}}"), POD));
        assertEquals(400, e.code());
    }

    @Test
    void mergePatchFollowsRfc7386() throws Exception {
        JsonNode out = new MergePatchApplier().apply((ObjectNode) json("{'a':{'b':1,'c':2},'l':[1,2]}"), json("{'a':{'b':null,'d':3},'l':[3]}"), PatchMeta.ANY);
        assertEquals(json("{'a':{'c':2,'d':3},'l':[3]}"), out);
    }

    @Test
    void jsonPatchTestOpFailureIs422AndMalformedIs400() throws Exception {
        JsonPatchApplier p = new JsonPatchApplier();
        ObjectNode doc = (ObjectNode) json("{'spec':{'replicas':1}}");
        assertEquals(json("{'spec':{'replicas':5}}"), p.apply(doc, json("[{'op':'test','path':'/spec/replicas','value':1},{'op':'replace','path':'/spec/replicas','value':5}]"), PatchMeta.ANY));
        assertEquals(422, assertThrows(ApiException.class, () -> p.apply(doc, json("[{'op':'test','path':'/spec/replicas','value':2}]"), PatchMeta.ANY)).code());
        assertEquals(400, assertThrows(ApiException.class, () -> p.apply(doc, json("[{'op':'jump','path':'/x'}]"), PatchMeta.ANY)).code());
        assertEquals(400, assertThrows(ApiException.class, () -> p.apply(doc, json("{'op':'add'}"), PatchMeta.ANY)).code());
    }

    private static JsonNode json(String singleQuoted) throws Exception {
        return M.readTree(singleQuoted.replace('\'', '"'));
    }
}
