package dev.jetpod.runtime.image;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ImageReferenceTest {
    @ParameterizedTest
    @CsvSource({
            "busybox,                          docker.io,      library/busybox, latest, busybox:latest",
            "busybox:1.35,                     docker.io,      library/busybox, 1.35,   busybox:1.35",
            "team/app:v1,                      docker.io,      team/app,        v1,     team/app:v1",
            "docker.io/library/busybox,        docker.io,      library/busybox, latest, busybox:latest",
            "127.0.0.1:5000/busybox,           127.0.0.1:5000, busybox,         latest, 127.0.0.1:5000/busybox:latest",
            "localhost/a/b/c:t,                localhost,      a/b/c,           t,      localhost/a/b/c:t",
            "registry.example:443/x_y/z-w:7.1, registry.example:443, x_y/z-w,   7.1,    registry.example:443/x_y/z-w:7.1",
    })
    void parsesLikeDocker(String text, String registry, String repository, String tag, String name) {
        ImageReference ref = ImageReference.parse(text);
        assertEquals(registry, ref.registry());
        assertEquals(repository, ref.repository());
        assertEquals(tag, ref.tag());
        assertEquals(name, ref.name());
    }

    @org.junit.jupiter.api.Test
    void digestPinnedReferences() {
        String digest = "sha256:" + "ab".repeat(32);
        ImageReference ref = ImageReference.parse("127.0.0.1:5000/app@" + digest);
        assertEquals(digest, ref.manifestReference());
        assertEquals("127.0.0.1:5000/app@" + digest, ref.name());
        assertEquals(null, ref.tag());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "UPPER", "a//b", "app:", "app:-bad", "app@sha256:xyz", "-lead", "a/b:t:u"})
    void refusesMalformed(String text) {
        assertThrows(IllegalArgumentException.class, () -> ImageReference.parse(text));
    }
}
