package dev.jetpod.runtime.image.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Pushes OCI layouts into a test registry with skopeo (the independent client the issue asks for). */
public final class Skopeo {
    private Skopeo() {
    }

    /** {@code skopeo copy oci:LAYOUT:REF docker://HOST/REPO}, plain HTTP or TLS without verification. */
    public static void push(Path layout, String layoutRef, String destination, String... extra) {
        List<String> command = new ArrayList<>(List.of("skopeo", "copy", "--quiet", "--dest-tls-verify=false"));
        command.addAll(List.of(extra));
        command.add("oci:" + layout + ":" + layoutRef);
        command.add("docker://" + destination);
        Cmd.run(command.toArray(String[]::new));
    }
}
