package dev.jetpod.runtime.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** A root filesystem made from Debian's busybox-static: /bin/busybox, one symlink per applet, /etc/passwd. */
public final class BusyboxRootfs {
    private static final String[] APPLETS = {"sh", "true", "false", "sleep", "echo", "cat", "ls", "id", "hostname",
            "ps", "mkdir", "touch", "rm", "head", "dd", "grep", "wc", "kill", "trap", "env", "pwd", "stat", "tail",
            "mount", "readlink", "seq", "yes", "tr", "awk", "sed", "ulimit", "whoami", "printf", "test", "date"};

    private BusyboxRootfs() {
    }

    public static Path create(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("bin"));
        for (String d : new String[] {"proc", "sys", "dev", "tmp", "etc", "root", "data", "usr/bin"}) {
            Files.createDirectories(dir.resolve(d));
        }
        Files.setPosixFilePermissions(dir.resolve("tmp"), PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.copy(Path.of("/bin/busybox"), dir.resolve("bin/busybox"), StandardCopyOption.REPLACE_EXISTING);
        for (String a : APPLETS) {
            Path link = dir.resolve("bin").resolve(a);
            if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, Path.of("busybox"));
            }
        }
        Files.writeString(dir.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n");
        Files.writeString(dir.resolve("etc/group"), "root:x:0:\nnogroup:x:65534:\n");
        return dir;
    }
}
