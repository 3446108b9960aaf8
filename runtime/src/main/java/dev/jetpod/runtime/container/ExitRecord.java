package dev.jetpod.runtime.container;

import java.util.HashMap;
import java.util.Map;

/** The supervisor's &lt;state&gt;/exit file: exit code (128+signal when killed), signal, start and finish times, exec error. */
public record ExitRecord(int exitCode, int signal, long startedAt, long finishedAt, String error) {

    public static ExitRecord parse(String text) {
        Map<String, String> kv = new HashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                kv.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return new ExitRecord(Integer.parseInt(kv.getOrDefault("exitCode", "255")),
                Integer.parseInt(kv.getOrDefault("signal", "0")), Long.parseLong(kv.getOrDefault("startedAt", "0")),
                Long.parseLong(kv.getOrDefault("finishedAt", "0")), kv.getOrDefault("error", ""));
    }
}
