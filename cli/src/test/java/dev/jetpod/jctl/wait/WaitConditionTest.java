package dev.jetpod.jctl.wait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.jctl.CliException;
import org.junit.jupiter.api.Test;

class WaitConditionTest {
    final ObjectMapper json = new ObjectMapper();

    private ObjectNode pod(String conditions, long generation) throws Exception {
        return (ObjectNode) json.readTree("{\"metadata\":{\"generation\":" + generation + "},\"status\":{\"phase\":\"Running\",\"readyReplicas\":3,\"conditions\":" + conditions + "}}");
    }

    @Test
    void parsesTheForms() {
        assertInstanceOf(WaitCondition.Delete.class, WaitCondition.parse("delete"));
        assertInstanceOf(WaitCondition.Create.class, WaitCondition.parse("create"));
        assertEquals(new WaitCondition.ConditionStatus("Ready", "True"), WaitCondition.parse("condition=Ready"));
        assertEquals(new WaitCondition.ConditionStatus("Ready", "false"), WaitCondition.parse("condition=Ready=false"));
        assertEquals("Running", ((WaitCondition.JsonPathValue) WaitCondition.parse("jsonpath={.status.phase}=Running")).value());
        assertEquals("3", ((WaitCondition.JsonPathValue) WaitCondition.parse("jsonpath='{.status.readyReplicas}'=3")).value());
        assertEquals(null, ((WaitCondition.JsonPathValue) WaitCondition.parse("jsonpath={.status.phase}")).value());
        assertThrows(CliException.class, () -> WaitCondition.parse("ready"));
        assertThrows(CliException.class, () -> WaitCondition.parse("condition="));
    }

    @Test
    void evaluatesConditionsCaseInsensitivelyAndForTheCurrentGeneration() throws Exception {
        WaitCondition ready = WaitCondition.parse("condition=ready");
        assertTrue(WaitCondition.evaluate(ready, pod("[{\"type\":\"Ready\",\"status\":\"True\"}]", 1)).met());
        Check no = WaitCondition.evaluate(ready, pod("[{\"type\":\"Ready\",\"status\":\"False\",\"reason\":\"ContainersNotReady\"}]", 1));
        assertFalse(no.met());
        assertEquals("condition Ready=False (ContainersNotReady)", no.progress());
        assertFalse(WaitCondition.evaluate(ready, pod("[{\"type\":\"Ready\",\"status\":\"True\",\"observedGeneration\":1}]", 2)).met());
        assertFalse(WaitCondition.evaluate(ready, pod("[]", 1)).met());
        assertTrue(WaitCondition.evaluate(WaitCondition.parse("condition=Ready=False"), pod("[{\"type\":\"Ready\",\"status\":\"False\"}]", 1)).met());
    }

    @Test
    void evaluatesJsonPath() throws Exception {
        ObjectNode p = pod("[]", 1);
        assertTrue(WaitCondition.evaluate(WaitCondition.parse("jsonpath={.status.phase}=Running"), p).met());
        assertTrue(WaitCondition.evaluate(WaitCondition.parse("jsonpath={.status.readyReplicas}=3"), p).met());
        assertFalse(WaitCondition.evaluate(WaitCondition.parse("jsonpath={.status.phase}=Failed"), p).met());
        assertTrue(WaitCondition.evaluate(WaitCondition.parse("jsonpath={.status.phase}"), p).met());
        assertFalse(WaitCondition.evaluate(WaitCondition.parse("jsonpath={.status.podIP}"), p).met());
    }
}
