package dev.jetpod.api.print;

import java.time.Duration;
import java.time.Instant;

/**
 * Ages as kubectl shows them ({@code 45s}, {@code 5m12s}, {@code 3h4m}, {@code 12d}): the rounding of
 * apimachinery's HumanDuration, so a Jetpod table reads exactly like a Kubernetes one. Coarser units as the age
 * grows; a timestamp slightly in the future (clock skew under two seconds) reads as {@code 0s}.
 */
public final class Ages {
    public static final String UNKNOWN = "<unknown>";

    private Ages() {
    }

    /** The age of {@code t} at {@code now}, or {@code <unknown>} when there is no timestamp. */
    public static String since(Instant t, Instant now) {
        return t == null ? UNKNOWN : human(Duration.between(t, now));
    }

    public static String human(Duration d) {
        long seconds = d.getSeconds();
        if (seconds < -1) {
            return "<invalid>";
        }
        if (seconds < 0) {
            return "0s";
        }
        if (seconds < 60 * 2) {
            return seconds + "s";
        }
        long minutes = seconds / 60;
        if (minutes < 10) {
            long s = seconds % 60;
            return s == 0 ? minutes + "m" : minutes + "m" + s + "s";
        }
        if (minutes < 60 * 3) {
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
            long days = (hours / 24) % 365;
            return days == 0 ? hours / 24 / 365 + "y" : hours / 24 / 365 + "y" + days + "d";
        }
        return hours / 24 / 365 + "y";
    }
}
