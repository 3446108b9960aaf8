package dev.jetpod.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.api.codec.Codecs;
import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.meta.WatchEvent;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchFrameDecoderTest {
    private static final String ADDED = "{\"type\":\"ADDED\",\"object\":{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"a\",\"namespace\":\"ns\",\"resourceVersion\":\"11\"},\"data\":{\"k\":\"v\\u00e9\"}}}";
    private static final String MODIFIED = "{\"type\":\"MODIFIED\",\"object\":{\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"a\",\"namespace\":\"ns\",\"resourceVersion\":\"12\"},\"data\":{\"k\":\"ünï\"}}}";
    private static final String BOOKMARK = "{\"type\":\"BOOKMARK\",\"object\":{\"kind\":\"ConfigMap\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"15\"}}}";
    private static final String EXPIRED = "{\"type\":\"ERROR\",\"object\":{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":\"too old resource version: 5 (10)\",\"reason\":\"Expired\",\"code\":410}}";

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = Codecs.json();

    private WatchFrameDecoder<ConfigMap> decoder() {
        return new WatchFrameDecoder<>(JSON, ConfigMap.class, 1 << 20);
    }

    @Test
    void decodesFramesCutAtEveryByte() {
        byte[] stream = (ADDED + "\n" + MODIFIED + "\n" + BOOKMARK + "\n").getBytes(StandardCharsets.UTF_8);
        // every single cut position, and a spread of two-cut combinations
        for (int cut1 = 0; cut1 <= stream.length; cut1++) {
            for (int cut2 = cut1; cut2 <= stream.length; cut2 += cut1 % 29 == 0 ? 17 : stream.length + 1) {
                WatchFrameDecoder<ConfigMap> d = decoder();
                List<WatchFrameDecoder.Frame<ConfigMap>> frames = new ArrayList<>();
                frames.addAll(d.feed(Buffer.buffer(java.util.Arrays.copyOfRange(stream, 0, cut1))));
                frames.addAll(d.feed(Buffer.buffer(java.util.Arrays.copyOfRange(stream, cut1, cut2))));
                frames.addAll(d.feed(Buffer.buffer(java.util.Arrays.copyOfRange(stream, cut2, stream.length))));
                frames.addAll(d.finish());
                assertEquals(3, frames.size(), "cuts at " + cut1 + "," + cut2);
                assertEquals(WatchEvent.Type.ADDED, frames.get(0).type());
                assertEquals("vé", frames.get(0).object().data().get("k"));
                assertEquals("ünï", frames.get(1).object().data().get("k"), "multi-byte UTF-8 split across chunks");
                assertEquals("12", frames.get(1).object().metadata().resourceVersion());
                assertEquals(WatchEvent.Type.BOOKMARK, frames.get(2).type());
                assertEquals("15", frames.get(2).object().metadata().resourceVersion());
            }
        }
    }

    @Test
    void toleratesCrLfAndBlankLinesAndAMissingFinalNewline() {
        WatchFrameDecoder<ConfigMap> d = decoder();
        List<WatchFrameDecoder.Frame<ConfigMap>> frames = new ArrayList<>(d.feed(Buffer.buffer("\r\n\n" + ADDED + "\r\n\n" + MODIFIED)));
        assertEquals(1, frames.size());
        frames.addAll(d.finish());
        assertEquals(2, frames.size());
        assertEquals(WatchEvent.Type.MODIFIED, frames.get(1).type());
    }

    @Test
    void errorFrameCarriesItsStatus() {
        List<WatchFrameDecoder.Frame<ConfigMap>> frames = decoder().feed(Buffer.buffer(EXPIRED + "\n"));
        assertEquals(WatchEvent.Type.ERROR, frames.get(0).type());
        assertNull(frames.get(0).object());
        assertEquals(410, frames.get(0).error().code());
        assertEquals("Expired", frames.get(0).error().reason());
        assertTrue(ErrorMapper.fromStatus(frames.get(0).error(), 200).isGone());
    }

    @Test
    void rejectsUnknownTypesMalformedJsonAndOversizedFrames() {
        assertThrows(ResponseDecodeException.class, () -> decoder().feed(Buffer.buffer("{\"type\":\"SYNC\",\"object\":{}}\n")));
        assertThrows(ResponseDecodeException.class, () -> decoder().feed(Buffer.buffer("{\"type\":\"ADDED\",\"object\":{\n")));
        assertThrows(ResponseDecodeException.class, () -> decoder().feed(Buffer.buffer("{\"type\":\"ADDED\"}\n")));
        WatchFrameDecoder<ConfigMap> small = new WatchFrameDecoder<>(JSON, ConfigMap.class, 100);
        assertThrows(ResponseDecodeException.class, () -> small.feed(Buffer.buffer(ADDED)));
    }
}
