package dev.jetpod.runtime.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds what a test may have left behind: mounts under its state root, cgroups below its cgroup root
 * (in every hierarchy), processes in those cgroups or running its helper binary, namespace files, veths.
 */
public final class Leftovers {
    private Leftovers() {
    }

    public static List<String> find(Path stateRoot, String cgroupRoot) throws IOException {
        List<String> found = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"))) {
            String mountPoint = line.split(" ")[4];
            if (mountPoint.startsWith(stateRoot.toString())) {
                found.add("mount " + mountPoint);
            }
        }
        try (Stream<Path> hierarchies = Files.list(Path.of("/sys/fs/cgroup"))) {
            for (Path h : hierarchies.toList()) {
                Path root = h.resolve(cgroupRoot);
                if (Files.isDirectory(root)) {
                    try (Stream<Path> walk = Files.walk(root)) {
                        walk.filter(p -> !p.equals(root) && Files.isDirectory(p)).forEach(p -> found.add("cgroup " + p));
                    }
                }
            }
        }
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.toList()) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String exe = Files.readSymbolicLink(p.resolve("exe")).toString();
                    String cgroup = Files.readString(p.resolve("cgroup"));
                    String stat = Files.readString(p.resolve("stat"));
                    boolean zombie = stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
                    // a live runtime's resident helper (this JVM's child) is not a container's leftover
                    boolean residentHelper = stat.contains("(jetpod-zygote)")
                            && stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1].equals(Long.toString(ProcessHandle.current().pid()));
                    if (!zombie && !residentHelper && (exe.startsWith(stateRoot.toString()) || cgroup.contains("/" + cgroupRoot + "/"))) {
                        found.add("process " + name + " " + exe);
                    }
                } catch (NoSuchFileException | java.nio.file.AccessDeniedException e) {
                    // gone, or a kernel thread
                } catch (IOException e) {
                    // exited while we looked
                }
            }
        }
        Path sandboxes = stateRoot.resolve("sandboxes");
        if (Files.isDirectory(sandboxes)) {
            try (Stream<Path> s = Files.list(sandboxes)) {
                s.forEach(p -> found.add("sandbox dir " + p));
            }
        }
        Path containers = stateRoot.resolve("containers");
        if (Files.isDirectory(containers)) {
            try (Stream<Path> s = Files.list(containers)) {
                s.forEach(p -> found.add("container dir " + p));
            }
        }
        return found;
    }

    public static long vethCount() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/sys/class/net"))) {
            return s.filter(p -> p.getFileName().toString().startsWith("veth")).count();
        }
    }

    /** Removes the test's cgroup root in every hierarchy (it must be empty by then). */
    public static void removeCgroupRoot(String cgroupRoot) throws IOException {
        try (Stream<Path> hierarchies = Files.list(Path.of("/sys/fs/cgroup"))) {
            for (Path h : hierarchies.toList()) {
                Path root = h.resolve(cgroupRoot);
                if (Files.isDirectory(root)) {
                    Files.delete(root);
                }
            }
        }
    }
}
