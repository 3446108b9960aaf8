package dev.jetpod.runtime.sys;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every kernel access of the JVM side of the runtime. The JVM never creates or joins namespaces for
 * processes (the helper does); what is left are mounts, signals, cgroup files, pipes and spawning the
 * helper. Tests use {@code RecordingSyscalls} to check mount, cgroup and namespace logic without root.
 */
public interface Syscalls {
    long MS_RDONLY = 1, MS_NOSUID = 2, MS_NODEV = 4, MS_NOEXEC = 8, MS_SYNCHRONOUS = 16, MS_REMOUNT = 32,
            MS_MANDLOCK = 64, MS_DIRSYNC = 128, MS_NOSYMFOLLOW = 256, MS_NOATIME = 1024, MS_NODIRATIME = 2048,
            MS_BIND = 4096, MS_MOVE = 8192, MS_REC = 16384, MS_SILENT = 32768, MS_UNBINDABLE = 1 << 17,
            MS_PRIVATE = 1 << 18, MS_SLAVE = 1 << 19, MS_SHARED = 1 << 20, MS_RELATIME = 1 << 21,
            MS_STRICTATIME = 1 << 24, MS_LAZYTIME = 1 << 25;
    int MNT_DETACH = 2;
    int SIGKILL = 9, SIGTERM = 15;

    void mount(String source, Path target, String type, long flags, String data);

    /** Unmounts; a target that is not mounted (EINVAL) or gone (ENOENT) counts as done. */
    void ensureUnmounted(Path target, int flags);

    /** Sends a signal; false when the process no longer exists. */
    boolean signal(int pid, int signal);

    void ensureDirectory(Path dir);

    /** Removes an empty directory (a cgroup); false when it was already gone. */
    boolean removeDirectory(Path dir);

    void writeFile(Path file, String value);

    /** The file's content, or empty when it does not exist. */
    Optional<String> readFile(Path file);

    boolean exists(Path path);

    List<Path> listDirectory(Path dir);

    /** pidfd of a process, or empty when it is gone. Close it with {@link #close}. */
    Optional<Integer> openPidfd(int pid);

    /** Waits until the descriptor is readable (a pidfd: the process exited); false on timeout. */
    boolean awaitReadable(int fd, long timeoutMillis);

    /** Writes one byte to a FIFO without blocking; false when nobody has it open for reading. */
    boolean pokeFifo(Path fifo);

    int[] pipe();

    /** A connected pair of SOCK_SEQPACKET unix sockets (close-on-exec). */
    int[] socketPair();

    /** Sends one message with descriptors attached (SCM_RIGHTS). */
    void sendWithDescriptors(int socket, byte[] data, int[] fds);

    int read(int fd, byte[] buffer, int offset, int length);

    void writeFully(int fd, byte[] data);

    void close(int fd);

    /**
     * Starts a program with posix_spawn (vfork-like, safe from a multi-threaded JVM). {@code childFds[i]}
     * is the parent descriptor that becomes descriptor i in the child, or -1 to inherit i unchanged.
     */
    int spawn(Path program, List<String> argv, List<String> env, int[] childFds);

    /** Reaps a child started by {@link #spawn}; returns its wait status. */
    int waitFor(int pid);
}
