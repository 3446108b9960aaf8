package dev.jetpod.api.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.meta.ObjectMeta;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Strings that YAML would otherwise read as something else must survive a write and a read. */
class YamlRoundTripTest {
    private static final ObjectMapper YAML = Codecs.yaml();

    @Test
    void trickyStringsStayStrings() throws Exception {
        Map<String, String> data = new LinkedHashMap<>();
        for (String s : List.of("true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", "", "1", "1.0", "0755", "0x1F", "1e3", "-1",
                ".5", "key: value", "- item", "#comment", "a\nb", " padded ", "2024-05-01T10:00:00Z", "2024-05-01", "@at", "*star", "!bang", "%pct")) {
            data.put("k" + data.size(), s);
        }
        ConfigMap cm = ConfigMap.of(ObjectMeta.named("ns", "c"), data);
        String text = YAML.writeValueAsString(cm);
        assertEquals(cm, YAML.readValue(text, ConfigMap.class), text);
    }
}
