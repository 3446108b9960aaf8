package dev.jetpod.runtime.sys;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** JNA direct mappings of the few libc calls the JVM may safely make. Only {@link LinuxSyscalls} uses them. */
final class LibC {
    static {
        Native.register("c");
    }

    private LibC() {
    }

    static native int mount(String source, String target, String type, long flags, String data) throws LastErrorException;

    static native int umount2(String target, int flags) throws LastErrorException;

    static native int kill(int pid, int signal) throws LastErrorException;

    static native int pipe2(int[] fds, int flags) throws LastErrorException;

    static native long read(int fd, byte[] buffer, long count) throws LastErrorException;

    static native long write(int fd, byte[] buffer, long count) throws LastErrorException;

    static native int close(int fd) throws LastErrorException;

    static native int socketpair(int domain, int type, int protocol, int[] fds) throws LastErrorException;

    static native long sendmsg(int fd, Pointer message, int flags) throws LastErrorException;

    static native int open(String path, int flags, int mode) throws LastErrorException;

    static native int waitpid(int pid, int[] status, int options) throws LastErrorException;

    static native int poll(Pointer fds, long count, int timeoutMillis) throws LastErrorException;

    static native long syscall(long number, long a, long b) throws LastErrorException;

    static native String strerror(int errno);

    static native int posix_spawn(int[] pid, String path, Pointer fileActions, Pointer attributes, Pointer argv, Pointer envp);

    static native int posix_spawn_file_actions_init(Pointer actions);

    static native int posix_spawn_file_actions_adddup2(Pointer actions, int fd, int newFd);

    static native int posix_spawn_file_actions_destroy(Pointer actions);

    static native int posix_spawnattr_init(Pointer attributes);

    static native int posix_spawnattr_setflags(Pointer attributes, short flags);

    static native int posix_spawnattr_setsigmask(Pointer attributes, Pointer mask);

    static native int posix_spawnattr_setsigdefault(Pointer attributes, Pointer mask);

    static native int posix_spawnattr_destroy(Pointer attributes);

    static native int sigemptyset(Pointer set);

    static native int sigfillset(Pointer set);
}
