package dev.jetpod.runtime.cgroup;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the cgroup hierarchies are mounted, read from /proc/self/mountinfo: the v1 controllers' mount
 * points and the v2 (unified) mount, if any. A mount of cgroup2 on the cgroup root means pure v2.
 */
public record CgroupLayout(CgroupVersion version, Map<String, Path> v1Controllers, Optional<Path> unified) {

    public static CgroupLayout parse(String mountinfo) {
        Map<String, Path> controllers = new LinkedHashMap<>();
        Path unified = null;
        for (String line : mountinfo.split("\n")) {
            int dash = line.indexOf(" - ");
            if (dash < 0) {
                continue;
            }
            String[] left = line.substring(0, dash).split(" ");
            String[] right = line.substring(dash + 3).split(" ");
            if (left.length < 5 || right.length < 3) {
                continue;
            }
            Path mountPoint = Path.of(unescape(left[4]));
            if (right[0].equals("cgroup2")) {
                unified = mountPoint;
            } else if (right[0].equals("cgroup")) {
                for (String option : right[2].split(",")) {
                    if (!option.equals("rw") && !option.equals("ro") && !option.contains("=")) {
                        controllers.putIfAbsent(option, mountPoint);
                    }
                }
            }
        }
        if (controllers.isEmpty() && unified != null) {
            return new CgroupLayout(CgroupVersion.V2, Map.of(), Optional.of(unified));
        }
        if (controllers.isEmpty()) {
            throw new CgroupException("no cgroup hierarchy is mounted (checked /proc/self/mountinfo)");
        }
        return new CgroupLayout(unified != null ? CgroupVersion.HYBRID : CgroupVersion.V1, Map.copyOf(controllers),
                Optional.ofNullable(unified));
    }

    private static String unescape(String field) {
        return field.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\");
    }
}
