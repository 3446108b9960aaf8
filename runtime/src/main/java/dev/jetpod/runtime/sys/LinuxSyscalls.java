package dev.jetpod.runtime.sys;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.StringArray;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The real kernel, through JNA. */
public final class LinuxSyscalls implements Syscalls {
    private static final int O_RDWR = 2, O_WRONLY = 1, O_NONBLOCK = 0x800, O_CLOEXEC = 0x80000, ENXIO = 6;
    private static final long SYS_PIDFD_OPEN = 434;
    private static final short POSIX_SPAWN_SETSIGDEF = 0x04, POSIX_SPAWN_SETSIGMASK = 0x08;

    @Override
    public void mount(String source, Path target, String type, long flags, String data) {
        try {
            LibC.mount(source, target.toString(), type, flags, data);
        } catch (LastErrorException e) {
            throw new SyscallException("mount " + (type != null ? type : source) + " on", target, e.getErrorCode());
        }
    }

    @Override
    public void ensureUnmounted(Path target, int flags) {
        try {
            LibC.umount2(target.toString(), flags);
        } catch (LastErrorException e) {
            if (e.getErrorCode() != Errno.EINVAL && e.getErrorCode() != Errno.ENOENT) {
                throw new SyscallException("unmount", target, e.getErrorCode());
            }
        }
    }

    @Override
    public boolean signal(int pid, int signal) {
        try {
            LibC.kill(pid, signal);
            return true;
        } catch (LastErrorException e) {
            if (e.getErrorCode() == Errno.ESRCH) {
                return false;
            }
            throw new SyscallException("send signal " + signal + " to", "pid " + pid, e.getErrorCode());
        }
    }

    @Override
    public void ensureDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw fileError("create directory", dir, e);
        }
    }

    @Override
    public boolean removeDirectory(Path dir) {
        try {
            Files.delete(dir);
            return true;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw fileError("remove directory", dir, e);
        }
    }

    @Override
    public void writeFile(Path file, String value) {
        try {
            Files.writeString(file, value);
        } catch (IOException e) {
            throw fileError("write '" + value + "' to", file, e);
        }
    }

    @Override
    public Optional<String> readFile(Path file) {
        try {
            return Optional.of(Files.readString(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("No such device") || m.contains("No such process")) {
                return Optional.empty(); // a cgroup removed, or a process exiting, while we read it
            }
            throw fileError("read", file, e);
        }
    }

    @Override
    public boolean exists(Path path) {
        return Files.exists(path);
    }

    @Override
    public List<Path> listDirectory(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw fileError("list", dir, e);
        }
    }

    @Override
    public Optional<Integer> openPidfd(int pid) {
        try {
            return Optional.of((int) LibC.syscall(SYS_PIDFD_OPEN, pid, 0));
        } catch (LastErrorException e) {
            if (e.getErrorCode() == Errno.ESRCH) {
                return Optional.empty();
            }
            throw new SyscallException("open pidfd of", "pid " + pid, e.getErrorCode());
        }
    }

    @Override
    public boolean awaitReadable(int fd, long timeoutMillis) {
        Memory pollfd = new Memory(8);
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (true) {
            pollfd.setInt(0, fd);
            pollfd.setShort(4, (short) 1); // POLLIN
            pollfd.setShort(6, (short) 0);
            long left = Math.max(0, (deadline - System.nanoTime()) / 1_000_000L);
            try {
                return LibC.poll(pollfd, 1, (int) Math.min(left, Integer.MAX_VALUE)) > 0;
            } catch (LastErrorException e) {
                if (e.getErrorCode() != Errno.EINTR) {
                    throw new SyscallException("poll", "fd " + fd, e.getErrorCode());
                }
            }
        }
    }

    @Override
    public boolean pokeFifo(Path fifo) {
        int fd;
        try {
            fd = LibC.open(fifo.toString(), O_WRONLY | O_NONBLOCK | O_CLOEXEC, 0);
        } catch (LastErrorException e) {
            if (e.getErrorCode() == ENXIO || e.getErrorCode() == Errno.ENOENT) {
                return false;
            }
            throw new SyscallException("open", fifo, e.getErrorCode());
        }
        try {
            writeFully(fd, new byte[] {'s'});
            return true;
        } finally {
            close(fd);
        }
    }

    @Override
    public int[] socketPair() {
        int[] fds = new int[2];
        try {
            LibC.socketpair(1 /* AF_UNIX */, 5 /* SOCK_SEQPACKET */ | O_CLOEXEC, 0, fds);
        } catch (LastErrorException e) {
            throw new SyscallException("create", "socket pair", e.getErrorCode());
        }
        return fds;
    }

    @Override
    public void sendWithDescriptors(int socket, byte[] data, int[] fds) {
        // struct msghdr (56 bytes), one iovec, one SCM_RIGHTS cmsghdr (x86_64 layout)
        Memory body = new Memory(Math.max(1, data.length));
        body.write(0, data, 0, data.length);
        Memory iov = new Memory(16);
        iov.setPointer(0, body);
        iov.setLong(8, data.length);
        int cmsgLen = 16 + 4 * fds.length;
        Memory control = new Memory((cmsgLen + 7) & ~7);
        control.clear();
        control.setLong(0, cmsgLen);
        control.setInt(8, 1 /* SOL_SOCKET */);
        control.setInt(12, 1 /* SCM_RIGHTS */);
        for (int i = 0; i < fds.length; i++) {
            control.setInt(16 + 4L * i, fds[i]);
        }
        Memory msg = new Memory(56);
        msg.clear();
        msg.setPointer(16, iov);
        msg.setLong(24, 1);
        msg.setPointer(32, control);
        msg.setLong(40, control.size());
        while (true) {
            try {
                LibC.sendmsg(socket, msg, 0x4000 /* MSG_NOSIGNAL */);
                return;
            } catch (LastErrorException e) {
                if (e.getErrorCode() != Errno.EINTR) {
                    throw new SyscallException("send a request on", "socket " + socket, e.getErrorCode());
                }
            }
        }
    }

    @Override
    public int[] pipe() {
        int[] fds = new int[2];
        try {
            LibC.pipe2(fds, O_CLOEXEC);
        } catch (LastErrorException e) {
            throw new SyscallException("create", "pipe", e.getErrorCode());
        }
        return fds;
    }

    @Override
    public int read(int fd, byte[] buffer, int offset, int length) {
        byte[] target = offset == 0 ? buffer : new byte[length];
        while (true) {
            try {
                int n = (int) LibC.read(fd, target, length);
                if (offset != 0 && n > 0) {
                    System.arraycopy(target, 0, buffer, offset, n);
                }
                return n;
            } catch (LastErrorException e) {
                if (e.getErrorCode() != Errno.EINTR) {
                    throw new SyscallException("read", "fd " + fd, e.getErrorCode());
                }
            }
        }
    }

    @Override
    public void writeFully(int fd, byte[] data) {
        int done = 0;
        while (done < data.length) {
            byte[] rest = done == 0 ? data : java.util.Arrays.copyOfRange(data, done, data.length);
            try {
                done += (int) LibC.write(fd, rest, rest.length);
            } catch (LastErrorException e) {
                if (e.getErrorCode() != Errno.EINTR) {
                    throw new SyscallException("write", "fd " + fd, e.getErrorCode());
                }
            }
        }
    }

    @Override
    public void close(int fd) {
        try {
            LibC.close(fd);
        } catch (LastErrorException e) {
            // a close error leaves nothing to undo
        }
    }

    @Override
    public int spawn(Path program, List<String> argv, List<String> env, int[] childFds) {
        Memory actions = new Memory(256), attributes = new Memory(512), signals = new Memory(128);
        LibC.posix_spawn_file_actions_init(actions);
        LibC.posix_spawnattr_init(attributes);
        int devNull = -1;
        try {
            for (int i = 0; i < childFds.length; i++) {
                int from = childFds[i];
                if (from == -2) {
                    if (devNull < 0) {
                        devNull = LibC.open("/dev/null", O_RDWR | O_CLOEXEC, 0);
                    }
                    from = devNull;
                }
                if (from >= 0) {
                    LibC.posix_spawn_file_actions_adddup2(actions, from, i);
                }
            }
            // The JVM blocks and handles signals its own way; the helper starts from a clean slate.
            LibC.sigemptyset(signals);
            LibC.posix_spawnattr_setsigmask(attributes, signals);
            LibC.sigfillset(signals);
            LibC.posix_spawnattr_setsigdefault(attributes, signals);
            LibC.posix_spawnattr_setflags(attributes, (short) (POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK));
            int[] pid = new int[1];
            int rc = LibC.posix_spawn(pid, program.toString(), actions, attributes,
                    new StringArray(argv.toArray(String[]::new)), new StringArray(env.toArray(String[]::new)));
            if (rc != 0) {
                throw new SyscallException("spawn", program, rc);
            }
            return pid[0];
        } catch (LastErrorException e) {
            throw new SyscallException("open", "/dev/null", e.getErrorCode());
        } finally {
            if (devNull >= 0) {
                close(devNull);
            }
            LibC.posix_spawn_file_actions_destroy(actions);
            LibC.posix_spawnattr_destroy(attributes);
        }
    }

    @Override
    public int waitFor(int pid) {
        int[] status = new int[1];
        while (true) {
            try {
                LibC.waitpid(pid, status, 0);
                return status[0];
            } catch (LastErrorException e) {
                if (e.getErrorCode() != Errno.EINTR) {
                    throw new SyscallException("wait for", "pid " + pid, e.getErrorCode());
                }
            }
        }
    }

    private static SyscallException fileError(String operation, Path path, IOException e) {
        int errno = e instanceof NoSuchFileException ? Errno.ENOENT
                : e instanceof FileAlreadyExistsException ? Errno.EEXIST
                : e instanceof AccessDeniedException ? Errno.EACCES
                : e instanceof DirectoryNotEmptyException ? Errno.ENOTEMPTY
                : errnoFromMessage(String.valueOf(e.getMessage()));
        return new SyscallException(operation, path, errno, e);
    }

    private static int errnoFromMessage(String message) {
        if (message.contains("busy")) {
            return Errno.EBUSY;
        }
        if (message.contains("Invalid argument")) {
            return Errno.EINVAL;
        }
        if (message.contains("No space")) {
            return Errno.ENOSPC;
        }
        if (message.contains("not permitted")) {
            return Errno.EPERM;
        }
        return 0;
    }
}
