package dev.jetpod.runtime.exec;

import dev.jetpod.runtime.sys.Syscalls;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;

/** Java streams over raw pipe descriptors (the exec helper's stdio). */
final class FdStreams {
    private FdStreams() {
    }

    static InputStream input(Syscalls sys, int fd) {
        return new InputStream() {
            private final AtomicBoolean closed = new AtomicBoolean();

            @Override
            public int read() {
                byte[] b = new byte[1];
                return read(b, 0, 1) <= 0 ? -1 : b[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                int n = sys.read(fd, b, off, len);
                return n <= 0 ? -1 : n;
            }

            @Override
            public void close() {
                if (closed.compareAndSet(false, true)) {
                    sys.close(fd);
                }
            }
        };
    }

    static OutputStream output(Syscalls sys, int fd) {
        return new OutputStream() {
            private final AtomicBoolean closed = new AtomicBoolean();

            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                sys.writeFully(fd, off == 0 && len == b.length ? b : java.util.Arrays.copyOfRange(b, off, off + len));
            }

            @Override
            public void close() {
                if (closed.compareAndSet(false, true)) {
                    sys.close(fd);
                }
            }
        };
    }
}
