package dev.jetpod.runtime.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** RSS and PSS of a process from /proc/PID/smaps_rollup, in kB. */
record ProcessMemory(long rssKb, long pssKb) {
    static ProcessMemory of(int pid) throws IOException {
        long rss = 0, pss = 0;
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/smaps_rollup"))) {
            if (line.startsWith("Rss:")) {
                rss = kb(line);
            } else if (line.startsWith("Pss:")) {
                pss = kb(line);
            }
        }
        return new ProcessMemory(rss, pss);
    }

    private static long kb(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    static long memAvailableKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemAvailable:")) {
                return kb(line);
            }
        }
        return 0;
    }
}
