package dev.jetpod.jctl.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class LastAppliedTest {
    final ObjectMapper json = new ObjectMapper();
    final LastApplied lastApplied = new LastApplied(json);

    @Test
    void recordsTheObjectAsKubectlDoesSortedCompactWithEmptyAnnotationsAndNewline() throws Exception {
        ObjectNode pod = (ObjectNode) json.readTree("""
                {"kind":"Pod","apiVersion":"v1","spec":{"containers":[{"name":"a","image":"x<y>&z"}]},
                 "metadata":{"namespace":"default","name":"web"}}""");
        ObjectNode out = lastApplied.withAnnotation(pod);
        assertEquals("{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"annotations\":{},\"name\":\"web\",\"namespace\":\"default\"},"
                        + "\"spec\":{\"containers\":[{\"image\":\"x\\u003cy\\u003e\\u0026z\",\"name\":\"a\"}]}}\n",
                out.path("metadata").path("annotations").path(LastApplied.ANNOTATION).asText());
        assertEquals(pod.path("spec"), out.path("spec"));
        assertEquals(json.readTree("{\"annotations\":{},\"name\":\"web\",\"namespace\":\"default\"}"), lastApplied.read(out).path("metadata"));
    }

    @Test
    void anEarlierAnnotationInTheFileIsNotRecordedInsideTheNewOne() throws Exception {
        ObjectNode o = (ObjectNode) json.readTree("{\"metadata\":{\"name\":\"a\",\"annotations\":{\"note\":\"n\",\"" + LastApplied.ANNOTATION + "\":\"old\"}}}");
        String recorded = lastApplied.withAnnotation(o).path("metadata").path("annotations").path(LastApplied.ANNOTATION).asText();
        assertEquals("{\"metadata\":{\"annotations\":{\"note\":\"n\"},\"name\":\"a\"}}\n", recorded);
    }

    @Test
    void readsNothingFromAnObjectWithoutIt() throws Exception {
        assertNull(lastApplied.read(json.readTree("{\"metadata\":{\"name\":\"a\"}}")));
        assertNull(lastApplied.read(json.readTree("{\"metadata\":{\"annotations\":{\"" + LastApplied.ANNOTATION + "\":\"not json\"}}}")));
    }
}
