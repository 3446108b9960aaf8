package dev.jetpod.runtime.cgroup;

import dev.jetpod.runtime.sys.Errno;
import dev.jetpod.runtime.sys.SyscallException;
import dev.jetpod.runtime.sys.Syscalls;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** File-level steps shared by the backends: read a number or a "key value" stat, list pids, remove leaf-first. */
final class CgroupFiles {
    private final Syscalls sys;

    CgroupFiles(Syscalls sys) {
        this.sys = sys;
    }

    void write(Path file, String value) {
        try {
            sys.writeFile(file, value);
        } catch (SyscallException e) {
            throw new CgroupException(e.getMessage(), e);
        }
    }

    void ensureDir(Path dir) {
        try {
            sys.ensureDirectory(dir);
        } catch (SyscallException e) {
            throw new CgroupException(e.getMessage(), e);
        }
    }

    long number(Path file) {
        return sys.readFile(file).map(String::trim).filter(s -> !s.isEmpty() && !s.equals("max"))
                .map(Long::parseLong).orElse(0L);
    }

    /** A value from a flat keyed file such as memory.stat or cpu.stat, 0 when absent. */
    long keyed(Path file, String key) {
        Optional<String> text = sys.readFile(file);
        if (text.isEmpty()) {
            return 0;
        }
        for (String line : text.get().split("\n")) {
            int sp = line.indexOf(' ');
            if (sp > 0 && line.substring(0, sp).equals(key)) {
                return Long.parseLong(line.substring(sp + 1).trim());
            }
        }
        return 0;
    }

    List<Integer> pids(Path procs) {
        List<Integer> pids = new ArrayList<>();
        sys.readFile(procs).ifPresent(text -> {
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    pids.add(Integer.parseInt(line.trim()));
                }
            }
        });
        return pids;
    }

    void killAll(Path procs) {
        for (int round = 0; round < 10; round++) { // forks may race the first pass
            List<Integer> pids = pids(procs);
            if (pids.isEmpty()) {
                return;
            }
            pids.forEach(pid -> sys.signal(pid, Syscalls.SIGKILL));
        }
    }

    /** rmdir the cgroup and, if asked, nothing else; retries briefly while exiting tasks are still listed. */
    boolean remove(Path dir) {
        for (int attempt = 0; ; attempt++) {
            try {
                return sys.removeDirectory(dir);
            } catch (SyscallException e) {
                if (e.errno() != Errno.EBUSY || attempt >= 50) {
                    throw new CgroupException(e.getMessage(), e);
                }
                sleep();
            }
        }
    }

    boolean exists(Path dir) {
        return sys.exists(dir);
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CgroupException("interrupted while removing a cgroup");
        }
    }
}
