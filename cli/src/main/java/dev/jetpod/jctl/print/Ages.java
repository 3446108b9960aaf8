package dev.jetpod.jctl.print;

import java.time.Duration;
import java.time.Instant;

/** Durations as kubectl's AGE and "LAST SEEN" columns show them: 45s, 5m12s, 3h, 2d4h, 400d, 3y. */
public final class Ages {
    private Ages() {
    }

    /** The time since {@code t}, or {@code <unknown>} when there is none. */
    public static String since(Instant t, Instant now) {
        if (t == null) {
            return "<unknown>";
        }
        return human(Duration.between(t, now));
    }

    /** kubectl's HumanDuration: more precision for short durations, less as they grow. */
    public static String human(Duration d) {
        long seconds = d.getSeconds();
        if (seconds < -1) {
            return "<invalid>";
        }
        if (seconds < 0) {
            return "0s";
        }
        if (seconds < 120) {
            return seconds + "s";
        }
        long minutes = seconds / 60;
        if (minutes < 10) {
            long s = seconds % 60;
            return s == 0 ? minutes + "m" : minutes + "m" + s + "s";
        }
        if (minutes < 180) {
            return minutes + "m";
        }
        long hours = minutes / 60;
        if (hours < 8) {
            long m = minutes % 60;
            return m == 0 ? hours + "h" : hours + "h" + m + "m";
        }
        if (hours < 48) {
            return hours + "h";
        }
        if (hours < 24 * 8) {
            long h = hours % 24;
            return h == 0 ? hours / 24 + "d" : hours / 24 + "d" + h + "h";
        }
        if (hours < 24 * 365 * 2) {
            return hours / 24 + "d";
        }
        if (hours < 24 * 365 * 8) {
            long dy = (hours / 24) % 365;
            return dy == 0 ? hours / 24 / 365 + "y" : hours / 24 / 365 + "y" + dy + "d";
        }
        return hours / 24 / 365 + "y";
    }
}
