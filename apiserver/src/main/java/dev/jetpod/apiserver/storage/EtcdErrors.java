package dev.jetpod.apiserver.storage;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.StatusReason;
import io.etcd.jetcd.common.exception.ErrorCode;
import io.etcd.jetcd.common.exception.EtcdException;
import io.etcd.jetcd.common.exception.EtcdExceptionFactory;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns what jetcd and gRPC throw into the API's error vocabulary, naming the etcd operation that failed. */
final class EtcdErrors {
    private static final Logger LOG = LoggerFactory.getLogger(EtcdErrors.class);
    static final String COMPACTED = "required revision has been compacted";

    private EtcdErrors() {
    }

    static ApiException toApiException(String operation, Throwable t) {
        Throwable cause = unwrap(t);
        if (cause instanceof ApiException api) {
            return api;
        }
        if (cause instanceof TimeoutException) {
            return ApiException.unavailable("etcd did not answer " + operation + " in time; etcd may be unreachable");
        }
        ErrorCode code = codeOf(cause);
        String message = messageOf(cause);
        String said = userMessage(cause, code, message);
        if (lostConnection(cause, message)) {
            // the connection to etcd dropped mid-request (gRPC reports it as UNKNOWN "channel closed"): etcd is going away
            return ApiException.unavailable("etcd is unreachable (" + operation + "): " + said);
        }
        if (code == null) {
            LOG.warn("op=etcd operation=\"{}\" result=error error={}", operation, message);
            return ApiException.internal("etcd " + operation + " failed: " + said);
        }
        switch (code) {
            case UNAVAILABLE:
            case DEADLINE_EXCEEDED:
            case CANCELLED:
            case ABORTED:
                return ApiException.unavailable("etcd is unreachable (" + operation + "): " + said);
            case OUT_OF_RANGE:
                if (isCompacted(cause)) {
                    return ApiException.expired("The resourceVersion for the provided list is too old.");
                }
                return ApiException.internal("etcd " + operation + " failed: " + said);
            case INVALID_ARGUMENT:
            case RESOURCE_EXHAUSTED:
                if (message.contains("request is too large")) {
                    return new ApiException(413, StatusReason.REQUEST_ENTITY_TOO_LARGE, "etcd rejected " + operation + ": " + said, null);
                }
                return ApiException.internal("etcd " + operation + " failed: " + said);
            default:
                return ApiException.internal("etcd " + operation + " failed: " + said);
        }
    }

    /**
     * What a client is told: etcd's own words ("etcdserver: request is too large") pass; gRPC's transport details
     * ("io exception", "CallOptions deadline exceeded after 4.99s. Name resolution delay …", socket classes) become
     * plain words.
     */
    static String userMessage(Throwable t, ErrorCode code, String message) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.net.ConnectException) {
                return "connection refused";
            }
            if (c instanceof java.nio.channels.ClosedChannelException) {
                return "connection closed";
            }
        }
        if (code == ErrorCode.DEADLINE_EXCEEDED) {
            return "no answer within the request timeout";
        }
        if (code == ErrorCode.UNAVAILABLE || code == ErrorCode.CANCELLED) {
            return message.toLowerCase(java.util.Locale.ROOT).contains("channel closed") ? "connection closed" : "cannot connect";
        }
        if (code == null || code == ErrorCode.UNKNOWN) {
            return message.toLowerCase(java.util.Locale.ROOT).contains("channel closed") ? "connection closed" : "unexpected error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** etcd answered "required revision has been compacted" (a read or watch at a revision etcd no longer keeps). */
    static boolean isCompacted(Throwable t) {
        Throwable cause = unwrap(t);
        return cause instanceof io.etcd.jetcd.common.exception.CompactedException
                || (codeOf(cause) == ErrorCode.OUT_OF_RANGE && messageOf(cause).contains(COMPACTED));
    }

    /** A transient connectivity failure, worth retrying later against the same etcd. */
    static boolean isUnavailable(Throwable t) {
        Throwable cause = unwrap(t);
        if (cause instanceof TimeoutException) {
            return true;
        }
        ErrorCode code = codeOf(cause);
        return code == ErrorCode.UNAVAILABLE || code == ErrorCode.DEADLINE_EXCEEDED;
    }

    /** etcd could not be connected to at all (as opposed to answering slowly): what a reconnect can fix. */
    static boolean isConnectionFailure(Throwable t) {
        return codeOf(unwrap(t)) == ErrorCode.UNAVAILABLE;
    }

    static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    private static boolean lostConnection(Throwable t, String message) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.nio.channels.ClosedChannelException || c instanceof java.net.ConnectException) {
                return true;
            }
        }
        ErrorCode code = codeOf(t);
        return (code == null || code == ErrorCode.UNKNOWN) && message.toLowerCase(java.util.Locale.ROOT).contains("channel closed");
    }

    /** The gRPC/etcd code of the first status-carrying exception in the cause chain (jetcd may wrap it). */
    private static ErrorCode codeOf(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof EtcdException e) {
                return e.getErrorCode();
            }
            if (c instanceof StatusRuntimeException || c instanceof StatusException) {
                return EtcdExceptionFactory.toEtcdException(c).getErrorCode();
            }
        }
        return null;
    }

    private static String messageOf(Throwable t) {
        if (t instanceof EtcdException e) {
            return String.valueOf(e.getMessage());
        }
        Status s = Status.fromThrowable(t);
        if (s.getDescription() != null) {
            return s.getDescription();
        }
        if (s.getCause() != null && s.getCause().getMessage() != null) {
            return s.getCode() + ": " + s.getCause().getMessage();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
