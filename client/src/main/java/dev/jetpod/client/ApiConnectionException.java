package dev.jetpod.client;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * The apiserver could not be reached or stopped answering: no response, so no Status. The message is meant to be
 * printed as is, e.g. {@code cannot reach the apiserver at http://127.0.0.1:6443: connection refused}.
 */
public final class ApiConnectionException extends RuntimeException {
    private final String server;

    public ApiConnectionException(String server, String message, Throwable cause) {
        super(message, cause);
        this.server = server;
    }

    public String server() {
        return server;
    }

    /** Turns a transport failure into this exception with a message naming the server and the plain cause. */
    static ApiConnectionException from(Throwable t, String server, String operation) {
        Throwable c = t;
        for (Throwable x = t; x != null; x = x.getCause()) {
            if (x instanceof SSLException || x instanceof ConnectException || x instanceof UnknownHostException
                    || x instanceof TimeoutException || x instanceof NoRouteToHostException) {
                c = x;
                break;
            }
        }
        if (c instanceof TimeoutException) {
            return new ApiConnectionException(server, "the apiserver at " + server + " did not answer " + operation + " in time", t);
        }
        if (c instanceof io.vertx.core.http.HttpClosedException || "Connection was closed".equals(c.getMessage())) {
            return new ApiConnectionException(server, "lost the connection to the apiserver at " + server + " during " + operation, t);
        }
        return new ApiConnectionException(server, "cannot reach the apiserver at " + server + ": " + reason(c), t);
    }

    private static String reason(Throwable c) {
        String m = c.getMessage() == null ? "" : c.getMessage();
        if (c instanceof SSLException) {
            // Vert.x wraps the JDK's reason ("Failed to create SSL connection" ← "PKIX path building failed …")
            StringBuilder chain = new StringBuilder();
            for (Throwable x = c; x != null; x = x.getCause() == x ? null : x.getCause()) {
                chain.append(x.getMessage() == null ? "" : x.getMessage()).append('\n');
            }
            return "TLS handshake failed: " + tlsReason(chain.toString(), m);
        }
        if (c instanceof UnknownHostException) {
            return "unknown host " + m;
        }
        if (c instanceof NoRouteToHostException) {
            return "no route to host";
        }
        String lower = m.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("connection refused")) {
            return "connection refused";
        }
        if (lower.contains("timed out")) {
            return "connection timed out";
        }
        if (lower.contains("connection reset")) {
            return "connection reset";
        }
        return m.isEmpty() ? "the connection failed" : withoutJavaNames(m);
    }

    /** The JDK's TLS failures in the words kubectl users know; they name JDK classes otherwise. */
    private static String tlsReason(String chain, String m) {
        String lower = chain.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("pkix path") || lower.contains("unable to find valid certification path")) {
            return "certificate signed by unknown authority";
        }
        if (lower.contains("no subject alternative") || lower.contains("no name matching")) {
            return "the server's certificate is not valid for this host name";
        }
        if (lower.contains("certificate_required") || lower.contains("bad_certificate")) {
            return "the server refused the client certificate";
        }
        if (lower.contains("unrecognized ssl message") || lower.contains("plaintext connection")) {
            return "the server does not speak TLS (is the server URL http://?)";
        }
        if (lower.contains("certificate expired") || lower.contains("notafter")) {
            return "certificate has expired or is not yet valid";
        }
        return m.isEmpty() ? "unknown reason" : withoutJavaNames(m);
    }

    /** "sun.security.validator.ValidatorException: x" → "x": a message may carry the classes it passed through. */
    static String withoutJavaNames(String m) {
        String out = m.replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error): ?", "");
        int nl = out.indexOf('\n');
        return (nl < 0 ? out : out.substring(0, nl)).strip();
    }
}
