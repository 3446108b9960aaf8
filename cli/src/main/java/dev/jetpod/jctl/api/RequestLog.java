package dev.jetpod.jctl.api;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Request logging for {@code -v=6} and up, in the spirit of kubectl's round-tripper log: one line per request with
 * method, URL, status and duration; from {@code -v=8} also the response body (cut at 2 KiB).
 */
public final class RequestLog {
    static final int REQUESTS = 6;
    static final int BODIES = 8;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMdd HH:mm:ss.SSSSSS");
    private static final int MAX_BODY = 2048;

    private final PrintStream err;
    private final int verbosity;
    private final String server;

    public RequestLog(PrintStream err, int verbosity, String server) {
        this.err = err;
        this.verbosity = verbosity;
        this.server = server;
    }

    public boolean enabled() {
        return verbosity >= REQUESTS;
    }

    void request(String method, String pathAndQuery, String accept, String outcome, long nanos) {
        if (verbosity < REQUESTS) {
            return;
        }
        String extra = verbosity >= 7 && accept != null ? " (Accept: " + accept + ")" : "";
        err.println("I" + LocalDateTime.now().format(TIME) + " jctl] " + method + " " + server + pathAndQuery + " " + outcome
                + " in " + nanos / 1_000_000 + " milliseconds" + extra);
    }

    void body(String body) {
        if (verbosity < BODIES || body == null || body.isEmpty()) {
            return;
        }
        String shown = body.length() > MAX_BODY ? body.substring(0, MAX_BODY) + " [truncated " + (body.length() - MAX_BODY) + " chars]" : body;
        err.println("I" + LocalDateTime.now().format(TIME) + " jctl] Response Body: " + shown.strip());
    }
}
