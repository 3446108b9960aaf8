package dev.jetpod.runtime.helper;

import dev.jetpod.runtime.RuntimeFailure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The helper is built by Maven (gcc -static) into the jar; it is copied once to
 * &lt;stateRoot&gt;/bin/jetpod-helper-&lt;digest&gt; so a new build never runs an old copy.
 */
public final class HelperBinary {
    static final String RESOURCE = "/dev/jetpod/runtime/helper/jetpod-helper";

    private HelperBinary() {
    }

    public static Path ensureInstalled(Path stateRoot) {
        String override = System.getenv("JETPOD_HELPER");
        if (override != null && !override.isEmpty()) {
            return Path.of(override);
        }
        byte[] bytes;
        try (InputStream in = HelperBinary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new RuntimeFailure("the native helper " + RESOURCE + " is missing from the classpath (was it built with gcc?)");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new RuntimeFailure("could not read the native helper: " + e.getMessage(), e);
        }
        Path target = stateRoot.resolve("bin").resolve("jetpod-helper-" + digest(bytes));
        if (Files.isExecutable(target)) {
            return target;
        }
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), "jetpod-helper", ".tmp");
            Files.write(tmp, bytes);
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new RuntimeFailure("could not install the native helper to " + target + ": " + e.getMessage(), e);
        }
        return target;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
