package dev.jetpod.jctl;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.jetpod.api.codec.DecodeErrors;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.labels.InvalidSelectorException;
import dev.jetpod.api.meta.StatusCause;
import dev.jetpod.api.meta.StatusDetails;
import dev.jetpod.api.meta.StatusReason;
import dev.jetpod.client.ApiConnectionException;
import dev.jetpod.client.config.KubeconfigException;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Turns whatever ended a command into what the user reads: the cause in one line (a validation error lists each
 * cause, as kubectl does), worded like kubectl's, never a stack trace. The stack trace is added only on request
 * ({@code -v}).
 */
public final class ErrorRenderer {
    static final String MODIFIED = "the object has been modified";
    private static final List<Class<? extends Throwable>> JDK_BUGS = List.of(NullPointerException.class, ClassCastException.class,
            IndexOutOfBoundsException.class, UnsupportedOperationException.class, ArithmeticException.class, NoSuchElementException.class,
            ConcurrentModificationException.class, Error.class);

    private ErrorRenderer() {
    }

    public static String render(Throwable t) {
        Throwable e = unwrap(t);
        if (e instanceof ApiException a) {
            return renderApi(a);
        }
        if (e instanceof ApiConnectionException
                || e instanceof KubeconfigException
                || e instanceof CliException
                || e instanceof InvalidSelectorException
                || e instanceof IllegalArgumentException) {
            return "error: " + e.getMessage();
        }
        if (e instanceof JsonProcessingException j) {
            return "error: " + DecodeErrors.describe(j);
        }
        String m = e.getMessage();
        if (m == null || m.isBlank() || JDK_BUGS.stream().anyMatch(b -> b.isInstance(e))) {
            // a programming error: its message speaks of Java classes, not of what the user did
            return "error: jctl failed unexpectedly (run with -v for details)";
        }
        int nl = m.indexOf('\n');
        return "error: " + (nl < 0 ? m : m.substring(0, nl)) + " (run with -v for details)";
    }

    static String renderApi(ApiException a) {
        if (a.reason() == StatusReason.INVALID) {
            return renderInvalid(a);
        }
        if (a.reason() == StatusReason.UNAUTHORIZED) {
            return "error: You must be logged in to the server (" + a.getMessage() + ")";
        }
        String message = a.getMessage() == null ? "" : a.getMessage();
        if (a.reason() == StatusReason.CONFLICT && message.contains(MODIFIED)) {
            // the server's long tail asks to "apply your changes to the latest version"; say it the short way
            int at = message.indexOf(MODIFIED);
            message = message.substring(0, at) + MODIFIED + "; re-apply";
        }
        return "Error from server (" + a.reason().wireName() + "): " + message;
    }

    /** kubectl's form: {@code The Pod "x" is invalid: field: message}, several causes as a {@code * } list. */
    static String renderInvalid(ApiException a) {
        StatusDetails d = a.details();
        if (d == null) {
            return "The request is invalid: " + a.getMessage();
        }
        String head = "The " + (d.kind() == null ? "object" : d.kind()) + " \"" + (d.name() == null ? "" : d.name()) + "\" is invalid";
        List<StatusCause> causes = d.causes() == null ? List.of() : d.causes();
        if (causes.isEmpty()) {
            return head + ": " + a.getMessage();
        }
        if (causes.size() == 1) {
            return head + ": " + cause(causes.get(0));
        }
        StringBuilder b = new StringBuilder(head).append(": ");
        for (StatusCause c : causes) {
            b.append("\n* ").append(cause(c));
        }
        return b.toString();
    }

    private static String cause(StatusCause c) {
        return c.field() == null || c.field().isEmpty() ? c.message() : c.field() + ": " + c.message();
    }

    private static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while ((e instanceof java.util.concurrent.CompletionException || e instanceof java.util.concurrent.ExecutionException
                || e instanceof picocli.CommandLine.ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
