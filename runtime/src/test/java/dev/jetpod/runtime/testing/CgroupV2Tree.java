package dev.jetpod.runtime.testing;

import dev.jetpod.runtime.sys.Errno;
import dev.jetpod.runtime.sys.LinuxSyscalls;
import dev.jetpod.runtime.sys.SyscallException;
import dev.jetpod.runtime.sys.Syscalls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A faithful cgroup v2 hierarchy in a temp directory, for machines that cannot give a real one: mkdir
 * creates the interface files the kernel would (cgroup.controllers from the parent's subtree_control,
 * cpu.* / memory.* / pids.* only when the parent enabled that controller), writes to missing files fail
 * with ENOENT, subtree_control only takes available controllers, and values are range-checked.
 */
public final class CgroupV2Tree implements Syscalls {
    private final LinuxSyscalls real = new LinuxSyscalls();
    public final Path root;

    public CgroupV2Tree(Path root, String rootControllers) throws IOException {
        this.root = root;
        Files.createDirectories(root);
        Files.writeString(root.resolve("cgroup.controllers"), rootControllers);
        Files.writeString(root.resolve("cgroup.subtree_control"), "");
        Files.writeString(root.resolve("cgroup.procs"), "");
    }

    private static Set<String> words(String s) {
        return Arrays.stream(s.trim().split("\\s+")).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }

    @Override
    public void ensureDirectory(Path dir) {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (!Files.isDirectory(dir.getParent())) {
            throw new SyscallException("create directory", dir, Errno.ENOENT);
        }
        real.ensureDirectory(dir);
        String enabled = real.readFile(dir.getParent().resolve("cgroup.subtree_control")).orElse("");
        Set<String> controllers = words(enabled);
        write(dir, "cgroup.controllers", String.join(" ", controllers));
        write(dir, "cgroup.subtree_control", "");
        write(dir, "cgroup.procs", "");
        write(dir, "cgroup.events", "populated 0\nfrozen 0\n");
        write(dir, "cgroup.kill", "");
        write(dir, "cpu.stat", "usage_usec 1500\nuser_usec 1000\nsystem_usec 500\n");
        if (controllers.contains("cpu")) {
            write(dir, "cpu.weight", "100");
            write(dir, "cpu.max", "max 100000");
        }
        if (controllers.contains("memory")) {
            write(dir, "memory.max", "max");
            write(dir, "memory.swap.max", "max");
            write(dir, "memory.current", "8388608");
            write(dir, "memory.stat", "anon 4194304\nfile 4194304\ninactive_file 1048576\n");
            write(dir, "memory.events", "low 0\nhigh 0\nmax 0\noom 0\noom_kill 0\n");
        }
        if (controllers.contains("pids")) {
            write(dir, "pids.max", "max");
            write(dir, "pids.current", "0");
        }
    }

    private void write(Path dir, String name, String content) {
        real.writeFile(dir.resolve(name), content);
    }

    @Override
    public void writeFile(Path file, String value) {
        if (!Files.exists(file)) {
            throw new SyscallException("write '" + value + "' to", file, Errno.ENOENT);
        }
        String name = file.getFileName().toString();
        switch (name) {
            case "cgroup.subtree_control" -> {
                Set<String> available = words(real.readFile(file.resolveSibling("cgroup.controllers")).orElse(""));
                Set<String> enabled = new java.util.TreeSet<>(words(real.readFile(file).orElse("")));
                for (String w : words(value)) {
                    String c = w.substring(1);
                    if (!available.contains(c)) {
                        throw new SyscallException("write '" + value + "' to", file, Errno.ENOENT);
                    }
                    if (w.startsWith("+")) {
                        enabled.add(c);
                    } else {
                        enabled.remove(c);
                    }
                }
                real.writeFile(file, String.join(" ", enabled));
                return;
            }
            case "cpu.weight" -> check(file, value, 1, 10000);
            case "cpu.max" -> {
                String[] p = value.split(" ");
                if (!p[0].equals("max")) {
                    check(file, p[0], 1000, Long.MAX_VALUE);
                }
                if (p.length > 1) {
                    check(file, p[1], 1000, 1_000_000);
                }
            }
            case "memory.max", "memory.swap.max", "pids.max" -> {
                if (!value.equals("max")) {
                    check(file, value, 0, Long.MAX_VALUE);
                }
            }
            default -> {
            }
        }
        real.writeFile(file, value);
    }

    private static void check(Path file, String value, long min, long max) {
        long v;
        try {
            v = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new SyscallException("write '" + value + "' to", file, Errno.EINVAL);
        }
        if (v < min || v > max) {
            throw new SyscallException("write '" + value + "' to", file, Errno.EINVAL);
        }
    }

    @Override
    public boolean removeDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        if (!real.readFile(dir.resolve("cgroup.procs")).orElse("").isBlank()) {
            throw new SyscallException("remove directory", dir, Errno.EBUSY);
        }
        try (var s = Files.list(dir)) {
            if (s.anyMatch(Files::isDirectory)) {
                throw new SyscallException("remove directory", dir, Errno.EBUSY);
            }
        } catch (IOException e) {
            throw new SyscallException("list", dir, Errno.EINVAL);
        }
        dev.jetpod.runtime.container.ContainerStore.deleteTree(dir); // the kernel drops the interface files with it
        return true;
    }

    @Override
    public Optional<String> readFile(Path file) {
        return real.readFile(file);
    }

    @Override
    public boolean exists(Path path) {
        return Files.exists(path);
    }

    @Override
    public List<Path> listDirectory(Path dir) {
        return real.listDirectory(dir);
    }

    @Override
    public void mount(String source, Path target, String type, long flags, String data) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void ensureUnmounted(Path target, int flags) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean signal(int pid, int signal) {
        return false;
    }

    @Override
    public Optional<Integer> openPidfd(int pid) {
        return Optional.empty();
    }

    @Override
    public boolean awaitReadable(int fd, long timeoutMillis) {
        return true;
    }

    @Override
    public boolean pokeFifo(Path fifo) {
        return false;
    }

    @Override
    public int[] pipe() {
        throw new UnsupportedOperationException();
    }

    @Override
    public int[] socketPair() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void sendWithDescriptors(int socket, byte[] data, int[] fds) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int read(int fd, byte[] buffer, int offset, int length) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void writeFully(int fd, byte[] data) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close(int fd) {
    }

    @Override
    public int spawn(Path program, List<String> argv, List<String> env, int[] childFds) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int waitFor(int pid) {
        throw new UnsupportedOperationException();
    }
}
