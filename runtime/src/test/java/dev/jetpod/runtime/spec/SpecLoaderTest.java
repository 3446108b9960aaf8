package dev.jetpod.runtime.spec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpecLoaderTest {
    final SpecLoader loader = new SpecLoader();

    static String spec(String process) {
        return "{\"ociVersion\":\"1.0.2\",\"root\":{\"path\":\"rootfs\"}," + process + "}";
    }

    String error(String json) {
        return assertThrows(InvalidSpecException.class, () -> loader.parse(json)).getMessage();
    }

    @Test
    void bundleRootfsBecomesAbsolute(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("rootfs"));
        Files.writeString(dir.resolve("config.json"), spec("\"process\":{\"args\":[\"sh\"],\"cwd\":\"/\"}"));
        assertEquals(dir.resolve("rootfs").toString(), loader.loadBundle(dir).root().path());
    }

    @Test
    void missingBundleConfigOrRootfs(@TempDir Path dir) throws Exception {
        assertTrue(assertThrows(InvalidSpecException.class, () -> loader.loadBundle(dir.resolve("x"))).getMessage().contains("does not exist"));
        assertTrue(assertThrows(InvalidSpecException.class, () -> loader.loadBundle(dir)).getMessage().contains("has no config.json"));
        Files.writeString(dir.resolve("config.json"), spec("\"process\":{\"args\":[\"sh\"],\"cwd\":\"/\"}"));
        assertTrue(assertThrows(InvalidSpecException.class, () -> loader.loadBundle(dir)).getMessage().contains("rootfs"));
    }

    @Test
    void invalidDocumentsNameTheProblem() {
        assertTrue(error("{\"ociVersion\":").startsWith("invalid config.json"));
        assertEquals("invalid config.json: process.args: expected a list, found a string (line 1, column 66)",
                error(spec("\"process\":{\"args\":\"sh\",\"cwd\":\"/\"}")));
        assertEquals("invalid config.json: Unexpected end-of-input: expected close marker for Object (start marker at line 1, column 1) (line 1, column 7)", error("{\"a\":1"));
        assertTrue(error("{\"ociVersion\":\"0.9\"}").contains("ociVersion"));
        assertTrue(error(spec("\"process\":{\"args\":[],\"cwd\":\"/\"}")).contains("process.args"));
        assertTrue(error(spec("\"process\":{\"args\":[\"sh\"],\"cwd\":\"tmp\"}")).contains("cwd"));
        assertTrue(error(spec("\"process\":{\"args\":[\"sh\"],\"cwd\":\"/\",\"capabilities\":{\"bounding\":[\"CAP_FLY\"]}}")).contains("CAP_FLY"));
        assertTrue(error(spec("\"process\":{\"args\":[\"sh\"],\"cwd\":\"/\",\"rlimits\":[{\"type\":\"RLIMIT_X\",\"hard\":1,\"soft\":1}]}")).contains("RLIMIT_X"));
        assertTrue(error(spec("\"process\":{\"args\":[\"sh\"],\"cwd\":\"/\"},\"linux\":{\"namespaces\":[{\"type\":\"user\"}]}")).contains("user namespaces"));
        assertTrue(error(spec("\"process\":{\"args\":[\"sh\"],\"cwd\":\"/\"},\"mounts\":[{\"destination\":\"rel\"}]")).contains("absolute"));
    }

    @Test
    void unknownFieldsAreIgnored() {
        Spec s = loader.parse(spec("\"process\":{\"args\":[\"sh\"],\"cwd\":\"/\",\"apparmorProfile\":\"x\"},\"windows\":{}"));
        assertEquals("sh", s.process().args().get(0));
    }
}
