package dev.jetpod.apiserver.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.codec.Codecs;
import dev.jetpod.api.errors.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ContinueTokenTest {
    private final ObjectMapper json = Codecs.json();

    @Test
    void tokensAreKubernetesShapedAndRoundTrip() throws Exception {
        ContinueToken t = ContinueToken.after(42, "/registry/core/configmaps/", "/registry/core/configmaps/ns/app");
        assertEquals("ns/app\u0000", t.start());
        String encoded = t.encode(json);
        String wire = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
        assertEquals("{\"v\":\"meta.k8s.io/v1\",\"rv\":42,\"start\":\"ns/app\\u0000\"}", wire);
        assertEquals(t, ContinueToken.decode(encoded, json));
        assertEquals(ContinueToken.LATEST, ContinueToken.decode(new ContinueToken(-1, "x").encode(json), json).revision());
    }

    @Test
    void malformedTokensAreBadRequests() {
        for (String bad : new String[] {"%%%", b64("{}"), b64("{\"v\":\"other\",\"rv\":1,\"start\":\"a\"}"),
                b64("{\"v\":\"meta.k8s.io/v1\",\"rv\":1,\"start\":\"/etc\"}"), b64("{\"v\":\"meta.k8s.io/v1\",\"rv\":0,\"start\":\"a\"}"),
                b64("not json")}) {
            ApiException e = assertThrows(ApiException.class, () -> ContinueToken.decode(bad, json), bad);
            assertEquals(400, e.code());
        }
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
