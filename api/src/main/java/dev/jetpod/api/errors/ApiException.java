package dev.jetpod.api.errors;

import dev.jetpod.api.meta.ListMeta;
import dev.jetpod.api.meta.Status;
import dev.jetpod.api.meta.StatusCause;
import dev.jetpod.api.meta.StatusDetails;
import dev.jetpod.api.meta.StatusReason;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.api.validation.FieldError;
import java.util.List;

/**
 * The one error vocabulary: a Kubernetes {@link StatusReason} with its HTTP code, a message worded as
 * kube-apiserver words it, and details. The apiserver turns it into a {@link Status} body in one place; the client
 * turns a received Status back into one, so callers test {@link #isNotFound()} instead of parsing text.
 */
public final class ApiException extends RuntimeException {
    private final int code;
    private final StatusReason reason;
    private final StatusDetails details;
    private final String continueToken;

    public ApiException(int code, StatusReason reason, String message, StatusDetails details) {
        this(code, reason, message, details, null);
    }

    private ApiException(int code, StatusReason reason, String message, StatusDetails details, String continueToken) {
        super(message);
        this.code = code;
        this.reason = reason;
        this.details = details;
        this.continueToken = continueToken;
    }

    public ApiException(StatusReason reason, String message) {
        this(reason.code(), reason, message, null);
    }

    public static ApiException fromStatus(Status s) {
        int code = s.code() == null ? 500 : s.code();
        String token = s.metadata() == null ? null : s.metadata().continueToken();
        return new ApiException(code, StatusReason.fromWire(s.reason()), s.message(), s.details(), token == null || token.isEmpty() ? null : token);
    }

    /**
     * The same error carrying a {@code continue} token in its Status metadata: a 410 for a compacted list page hands
     * out a token that continues the list at the latest revision (an inconsistent list), as Kubernetes does.
     */
    public ApiException withContinue(String token) {
        return new ApiException(code, reason, getMessage(), details, token);
    }

    /** The Status metadata's continue token, or null. */
    public String continueToken() {
        return continueToken;
    }

    /** {@code pods "web" not found}; resource is the qualified plural ("pods", "deployments.apps"). */
    public static ApiException notFound(String group, String resource, String kind, String name) {
        return new ApiException(404, StatusReason.NOT_FOUND, qualified(resource, group) + " \"" + name + "\" not found",
                StatusDetails.of(name, group, resource));
    }

    public static ApiException alreadyExists(String group, String resource, String name) {
        return new ApiException(409, StatusReason.ALREADY_EXISTS, qualified(resource, group) + " \"" + name + "\" already exists",
                StatusDetails.of(name, group, resource));
    }

    public static ApiException conflict(String group, String resource, String name, String why) {
        return new ApiException(409, StatusReason.CONFLICT,
                "Operation cannot be fulfilled on " + qualified(resource, group) + " \"" + name + "\": " + why,
                StatusDetails.of(name, group, resource));
    }

    /** The optimistic-concurrency failure: the resourceVersion in the request is not the stored one. */
    public static ApiException modified(String group, String resource, String name) {
        return conflict(group, resource, name, "the object has been modified; please apply your changes to the latest version and try again");
    }

    /** {@code Pod "x" is invalid: spec.containers: Required value} with one cause per field error. */
    public static ApiException invalid(String group, String kind, String name, List<StatusCause> causes) {
        StringBuilder msg = new StringBuilder().append(kind).append(" \"").append(name == null ? "" : name).append("\" is invalid: ");
        if (causes.size() == 1) {
            msg.append(causes.get(0).field()).append(": ").append(causes.get(0).message());
        } else {
            msg.append('[');
            for (int i = 0; i < causes.size(); i++) {
                if (i > 0) {
                    msg.append(", ");
                }
                msg.append(causes.get(i).field()).append(": ").append(causes.get(i).message());
            }
            msg.append(']');
        }
        return new ApiException(422, StatusReason.INVALID, msg.toString(), new StatusDetails(name, group, kind, null, List.copyOf(causes), null));
    }

    /** The 422 for validation errors of an object of {@code type}, e.g. {@code Pod "web" is invalid: spec.containers[0].image: Required value}. */
    public static ApiException invalid(ResourceType<?> type, String name, List<FieldError> errors) {
        return invalid(type.group(), type.kind(), name, errors.stream().map(FieldError::toCause).toList());
    }

    public static ApiException badRequest(String message) {
        return new ApiException(StatusReason.BAD_REQUEST, message);
    }

    public static ApiException expired(String message) {
        return new ApiException(410, StatusReason.EXPIRED, message, null);
    }

    public static ApiException unavailable(String message) {
        return new ApiException(503, StatusReason.SERVICE_UNAVAILABLE, message, null);
    }

    public static ApiException internal(String message) {
        return new ApiException(StatusReason.INTERNAL_ERROR, message);
    }

    private static String qualified(String resource, String group) {
        return group == null || group.isEmpty() || resource.contains(".") ? resource : resource + "." + group;
    }

    public int code() {
        return code;
    }

    public StatusReason reason() {
        return reason;
    }

    public StatusDetails details() {
        return details;
    }

    public Status toStatus() {
        Status s = Status.failure(code, reason, getMessage(), details);
        return continueToken == null ? s
                : new Status(s.apiVersion(), s.kind(), new ListMeta(null, continueToken, null), s.status(), s.message(), s.reason(), s.details(), s.code());
    }

    public boolean isNotFound() {
        return reason == StatusReason.NOT_FOUND;
    }

    public boolean isAlreadyExists() {
        return reason == StatusReason.ALREADY_EXISTS;
    }

    public boolean isConflict() {
        return reason == StatusReason.CONFLICT;
    }

    public boolean isInvalid() {
        return reason == StatusReason.INVALID;
    }

    public boolean isGone() {
        return code == 410;
    }
}
