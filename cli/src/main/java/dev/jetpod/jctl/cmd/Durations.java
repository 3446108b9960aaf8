package dev.jetpod.jctl.cmd;

import dev.jetpod.jctl.CliException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go-style durations as kubectl's flags take them: 30s, 1m30s, 2h, 500ms; a bare number means seconds. */
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

    private Durations() {
    }

    public static Duration parse(String flag, String text) {
        String t = text.strip();
        if (t.matches("-?\\d+")) {
            return Duration.ofSeconds(Long.parseLong(t));
        }
        boolean negative = t.startsWith("-");
        if (negative) {
            t = t.substring(1);
        }
        Matcher m = PART.matcher(t);
        Duration d = Duration.ZERO;
        int at = 0;
        while (m.find()) {
            if (m.start() != at) {
                break;
            }
            double v = Double.parseDouble(m.group(1));
            long millis = switch (m.group(2)) {
                case "ms" -> Math.round(v);
                case "s" -> Math.round(v * 1000);
                case "m" -> Math.round(v * 60_000);
                default -> Math.round(v * 3_600_000);
            };
            d = d.plusMillis(millis);
            at = m.end();
        }
        if (at != t.length() || t.isEmpty()) {
            throw new CliException("invalid argument \"" + text + "\" for \"" + flag + "\" flag: time: invalid duration \"" + text + "\"");
        }
        return negative ? d.negated() : d;
    }
}
