package dev.jetpod.apiserver.it;

import static dev.jetpod.apiserver.it.TestServer.deployment;
import static dev.jetpod.apiserver.it.TestServer.pod;
import static dev.jetpod.apiserver.it.TestServer.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.apiserver.it.TestServer.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PATCH in its three forms over HTTP, and the status, scale and binding subresources. */
class PatchAndSubresourceTest {
    static TestServer s;
    static String ns;

    @BeforeAll
    static void start() {
        s = TestServer.shared();
        ns = s.newNamespace("patch");
    }

    @Test
    void strategicMergePatchAsKubectlApplySendsIt() {
        String d = "/apis/apps/v1/namespaces/" + ns + "/deployments";
        assertEquals(201, s.post(d, deployment("smp", 1)).code());
        // what kubectl apply computes when the image changes and a sidecar is added
        Response r = s.patch(d + "/smp", "application/strategic-merge-patch+json", q("{'spec':{'template':{'spec':{"
                + "'$setElementOrder/containers':[{'name':'web'},{'name':'log'}],"
                + "'containers':[{'image':'nginx:2','name':'web'},{'image':'busybox','name':'log'}]}}}}"));
        assertEquals(200, r.code(), r.text());
        JsonNode containers = r.json().at("/spec/template/spec/containers");
        assertEquals(2, containers.size());
        assertEquals("nginx:2", containers.get(0).at("/image").asText());
        assertEquals(80, containers.get(0).at("/ports/0/containerPort").asInt(), "fields the patch does not name stay");
        assertEquals("log", containers.get(1).at("/name").asText());
    }

    @Test
    void jsonPatchWithTestAndMergePatch() {
        String cm = "/api/v1/namespaces/" + ns + "/configmaps";
        assertEquals(201, s.post(cm, TestServer.configMap("jp", "a")).code());
        Response ok = s.patch(cm + "/jp", "application/json-patch+json", q("[{'op':'test','path':'/data/k','value':'v'},{'op':'add','path':'/data/n','value':'1'}]"));
        assertEquals(200, ok.code(), ok.text());
        assertEquals("1", ok.at("/data/n"));
        Response failed = s.patch(cm + "/jp", "application/json-patch+json", q("[{'op':'test','path':'/data/k','value':'other'}]"));
        assertEquals(422, failed.code(), failed.text());
        Response merged = s.patch(cm + "/jp", "application/merge-patch+json", q("{'data':{'n':null,'m':'2'}}"));
        assertEquals("2", merged.at("/data/m"));
        assertTrue(merged.json().at("/data/n").isMissingNode());
        Response stale = s.patch(cm + "/jp", "application/merge-patch+json", q("{'metadata':{'resourceVersion':'1'},'data':{'x':'1'}}"));
        assertEquals(409, stale.code(), "a resourceVersion in a patch is a precondition");
        assertEquals(404, s.patch(cm + "/missing", "application/merge-patch+json", "{}").code());
    }

    @Test
    void statusWritesOnlyStatusAndMainWritesIgnoreStatus() {
        String pods = "/api/v1/namespaces/" + ns + "/pods";
        assertEquals(201, s.post(pods, pod("st", "busybox")).code());
        Response st = s.patch(pods + "/st/status", "application/merge-patch+json", q("{'metadata':{'labels':{'ignored':'yes'}},'status':{'phase':'Running','podIP':'10.0.0.5'}}"));
        assertEquals(200, st.code(), st.text());
        assertEquals("Running", st.at("/status/phase"));
        assertTrue(st.json().at("/metadata/labels/ignored").isMissingNode(), "a status write changes nothing but status");
        Response main = s.patch(pods + "/st", "application/merge-patch+json", q("{'metadata':{'labels':{'x':'1'}},'status':{'phase':'Failed'}}"));
        assertEquals(200, main.code(), main.text());
        assertEquals("Running", main.at("/status/phase"), "a main-resource write leaves status alone");
        assertEquals("1", main.at("/metadata/labels/x"));
        assertEquals("Running", s.get(pods + "/st/status").at("/status/phase"));
    }

    @Test
    void bindingAssignsOnceAndOnlyOnce() {
        String pods = "/api/v1/namespaces/" + ns + "/pods";
        assertEquals(201, s.post(pods, pod("b1", "busybox")).code());
        String binding = q("{'apiVersion':'v1','kind':'Binding','metadata':{'name':'b1'},'target':{'apiVersion':'v1','kind':'Node','name':'node-1'}}");
        Response bound = s.post(pods + "/b1/binding", binding);
        assertEquals(201, bound.code(), bound.text());
        assertEquals("Success", bound.at("/status"));
        JsonNode p = s.get(pods + "/b1").json();
        assertEquals("node-1", p.at("/spec/nodeName").asText());
        assertEquals("PodScheduled", p.at("/status/conditions/0/type").asText());
        assertEquals("True", p.at("/status/conditions/0/status").asText());
        Response again = s.post(pods + "/b1/binding", binding.replace("node-1", "node-2"));
        assertEquals(409, again.code());
        assertEquals("Operation cannot be fulfilled on pods \"b1\": pod b1 is already assigned to node \"node-1\"", again.at("/message"));

        assertEquals(201, s.post(pods, pod("b2", "busybox")).code());
        Response viaCollection = s.post("/api/v1/namespaces/" + ns + "/bindings",
                q("{'metadata':{'name':'b2'},'target':{'kind':'Node','name':'node-3'}}"));
        assertEquals(201, viaCollection.code(), viaCollection.text());
        assertEquals("node-3", s.get(pods + "/b2").at("/spec/nodeName"));
    }

    @Test
    void scaleSubresource() {
        String d = "/apis/apps/v1/namespaces/" + ns + "/deployments";
        assertEquals(201, s.post(d, deployment("sc", 2)).code());
        Response scale = s.get(d + "/sc/scale");
        assertEquals(200, scale.code(), scale.text());
        assertEquals("autoscaling/v1", scale.at("/apiVersion"));
        assertEquals("Scale", scale.at("/kind"));
        assertEquals(2, scale.json().at("/spec/replicas").asInt());
        assertEquals("app=sc", scale.at("/status/selector"));
        Response patched = s.patch(d + "/sc/scale", "application/merge-patch+json", q("{'spec':{'replicas':5}}"));
        assertEquals(200, patched.code(), patched.text());
        assertEquals(5, patched.json().at("/spec/replicas").asInt());
        assertEquals(5, s.get(d + "/sc").json().at("/spec/replicas").asInt());
        Response put = s.put(d + "/sc/scale", q("{'apiVersion':'autoscaling/v1','kind':'Scale','metadata':{'name':'sc'},'spec':{'replicas':0}}"));
        assertEquals(0, put.json().at("/spec/replicas").asInt(), put.text());
        Response negative = s.put(d + "/sc/scale", q("{'kind':'Scale','apiVersion':'autoscaling/v1','metadata':{'name':'sc'},'spec':{'replicas':-2}}"));
        assertEquals(422, negative.code());
        assertEquals("Scale.autoscaling \"sc\" is invalid: spec.replicas: Invalid value: -2: must be greater than or equal to 0", negative.at("/message"));
        Response stale = s.put(d + "/sc/scale", q("{'kind':'Scale','apiVersion':'autoscaling/v1','metadata':{'name':'sc','resourceVersion':'1'},'spec':{'replicas':1}}"));
        assertEquals(409, stale.code());
    }
}
