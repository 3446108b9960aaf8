package dev.jetpod.apiserver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.reflect.TypeToken;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1ConfigMapList;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.util.Config;
import io.kubernetes.client.util.Watch;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The official Kubernetes Java client against Jetpod: create, get, list with a selector, watch, stale update → 409. */
class ClientJavaCompatTest {
    static TestServer s;
    static String ns;
    static CoreV1Api api;
    static ApiClient client;

    @BeforeAll
    static void start() {
        s = TestServer.shared();
        ns = s.newNamespace("cj");
        client = Config.fromUrl(s.url(), false);
        client.setHttpClient(client.getHttpClient().newBuilder().readTimeout(0, TimeUnit.SECONDS).build());
        api = new CoreV1Api(client);
    }

    private static V1ConfigMap cm(String name, String app) {
        return new V1ConfigMap().metadata(new V1ObjectMeta().name(name).labels(Map.of("app", app))).data(Map.of("k", "v"));
    }

    @Test
    void crudListAndStaleUpdate() throws Exception {
        V1ConfigMap created = api.createNamespacedConfigMap(ns, cm("jc1", "x")).execute();
        assertNotNull(created.getMetadata().getUid());
        api.createNamespacedConfigMap(ns, cm("jc2", "y")).execute();

        V1ConfigMap got = api.readNamespacedConfigMap("jc1", ns).execute();
        assertEquals("v", got.getData().get("k"));

        V1ConfigMapList xs = api.listNamespacedConfigMap(ns).labelSelector("app=x").execute();
        assertEquals(1, xs.getItems().size());
        assertEquals("jc1", xs.getItems().get(0).getMetadata().getName());

        got.getData().put("k", "v2");
        V1ConfigMap updated = api.replaceNamespacedConfigMap("jc1", ns, got).execute();
        assertEquals("v2", updated.getData().get("k"));

        got.getData().put("k", "v3"); // still carries the old resourceVersion
        ApiException e = assertThrows(ApiException.class, () -> api.replaceNamespacedConfigMap("jc1", ns, got).execute());
        assertEquals(409, e.getCode());

        ApiException missing = assertThrows(ApiException.class, () -> api.readNamespacedConfigMap("nope", ns).execute());
        assertEquals(404, missing.getCode());
    }

    @Test
    void watch() throws Exception {
        String rv = api.listNamespacedConfigMap(ns).execute().getMetadata().getResourceVersion();
        try (Watch<V1ConfigMap> w = Watch.createWatch(client,
                api.listNamespacedConfigMap(ns).watch(true).resourceVersion(rv).timeoutSeconds(30).buildCall(null),
                new TypeToken<Watch.Response<V1ConfigMap>>() { }.getType())) {
            api.createNamespacedConfigMap(ns, cm("jw", "w")).execute();
            Watch.Response<V1ConfigMap> event = w.next();
            assertEquals("ADDED", event.type);
            assertEquals("jw", event.object.getMetadata().getName());
        }
    }
}
