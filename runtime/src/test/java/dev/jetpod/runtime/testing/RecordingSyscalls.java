package dev.jetpod.runtime.testing;

import dev.jetpod.runtime.sys.Errno;
import dev.jetpod.runtime.sys.SyscallException;
import dev.jetpod.runtime.sys.Syscalls;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Syscalls for unit tests: records every call as one line ("mount overlay /x overlay 0 lowerdir=…",
 * "write /sys/fs/cgroup/memory/a/memory.limit_in_bytes 100") and keeps files and directories in memory,
 * so rootfs, namespace and cgroup logic can be checked without root. Spawning is not supported.
 */
public final class RecordingSyscalls implements Syscalls {
    public final List<String> calls = new ArrayList<>();
    public final Map<Path, String> files = new TreeMap<>();
    public final List<Path> dirs = new ArrayList<>();

    public RecordingSyscalls withFile(Path path, String content) {
        files.put(path, content);
        return this;
    }

    public List<String> callsStartingWith(String prefix) {
        return calls.stream().filter(c -> c.startsWith(prefix)).toList();
    }

    @Override
    public void mount(String source, Path target, String type, long flags, String data) {
        calls.add("mount " + source + " " + target + " " + type + " " + flags + " " + data);
    }

    @Override
    public void ensureUnmounted(Path target, int flags) {
        calls.add("umount " + target + " " + flags);
    }

    @Override
    public boolean signal(int pid, int signal) {
        calls.add("kill " + pid + " " + signal);
        return true;
    }

    @Override
    public void ensureDirectory(Path dir) {
        calls.add("mkdir " + dir);
        if (!dirs.contains(dir)) {
            dirs.add(dir);
        }
    }

    @Override
    public boolean removeDirectory(Path dir) {
        calls.add("rmdir " + dir);
        return dirs.remove(dir);
    }

    @Override
    public void writeFile(Path file, String value) {
        calls.add("write " + file + " " + value);
        files.put(file, value);
    }

    @Override
    public Optional<String> readFile(Path file) {
        return Optional.ofNullable(files.get(file));
    }

    @Override
    public boolean exists(Path path) {
        return files.containsKey(path) || dirs.contains(path);
    }

    @Override
    public List<Path> listDirectory(Path dir) {
        return dirs.stream().filter(d -> dir.equals(d.getParent())).toList();
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
        calls.add("poke " + fifo);
        return true;
    }

    @Override
    public int[] pipe() {
        throw new SyscallException("create", "pipe", Errno.EPERM);
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
        return 0;
    }

    @Override
    public void writeFully(int fd, byte[] data) {
    }

    @Override
    public void close(int fd) {
    }

    @Override
    public int spawn(Path program, List<String> argv, List<String> env, int[] childFds) {
        throw new UnsupportedOperationException("the recording syscalls do not start processes");
    }

    @Override
    public int waitFor(int pid) {
        return 0;
    }
}
