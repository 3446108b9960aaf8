package dev.jetpod.runtime.image.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A reader/writer lock that holds across threads of this JVM and across processes sharing the state dir
 * (a CLI {@code pull} next to a running node agent). Imports and pulls hold it shared while they add blobs
 * and layers; garbage collection holds it exclusively, so it never sees an in-flight import's content as
 * unreferenced. File locks belong to the whole JVM, so the first shared holder takes the shared file lock
 * and the last one lets it go. For the same reason there is one StoreLock per lock file in a JVM
 * ({@link #open}): two stores opened on one root in one process must share it, or the second file lock
 * would fail with OverlappingFileLockException instead of waiting.
 */
public final class StoreLock implements AutoCloseable {
    private static final java.util.Map<Path, StoreLock> OPEN = new java.util.HashMap<>();

    private final Path file;
    private final FileChannel channel;
    private int users;
    private final ReentrantReadWriteLock threads = new ReentrantReadWriteLock(true);
    private final Object fileLockGuard = new Object();
    private FileLock fileLock;
    private int sharedHolders;

    private StoreLock(Path file) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    /** The JVM's lock on {@code file}; each {@code open} is matched by one {@link #close()}. */
    public static StoreLock open(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        synchronized (OPEN) {
            StoreLock lock = OPEN.get(key);
            if (lock == null) {
                lock = new StoreLock(key);
                OPEN.put(key, lock);
            }
            lock.users++;
            return lock;
        }
    }

    /** Held while releasing it is the caller's job ({@code try (var held = lock.shared()) { … }}). */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    public Held shared() {
        threads.readLock().lock();
        try {
            synchronized (fileLockGuard) {
                if (sharedHolders++ == 0) {
                    fileLock = channel.lock(0, Long.MAX_VALUE, true);
                }
            }
        } catch (IOException | RuntimeException e) {
            synchronized (fileLockGuard) {
                sharedHolders--;
            }
            threads.readLock().unlock();
            throw e instanceof IOException io ? new UncheckedIOException("could not lock image store", io) : (RuntimeException) e;
        }
        return () -> {
            synchronized (fileLockGuard) {
                if (--sharedHolders == 0) {
                    releaseFileLock();
                }
            }
            threads.readLock().unlock();
        };
    }

    public Held exclusive() {
        threads.writeLock().lock();
        try {
            synchronized (fileLockGuard) {
                fileLock = channel.lock(0, Long.MAX_VALUE, false);
            }
        } catch (IOException e) {
            threads.writeLock().unlock();
            throw new UncheckedIOException("could not lock image store", e);
        }
        return () -> {
            synchronized (fileLockGuard) {
                releaseFileLock();
            }
            threads.writeLock().unlock();
        };
    }

    private void releaseFileLock() {
        try {
            if (fileLock != null) {
                fileLock.release();
                fileLock = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not unlock image store", e);
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (OPEN) {
            if (--users == 0) {
                OPEN.remove(file);
                channel.close();
            }
        }
    }
}
