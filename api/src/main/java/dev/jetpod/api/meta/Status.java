package dev.jetpod.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * metav1.Status: the one error shape on the wire ({@code status: Failure}), and the answer to some deletes
 * ({@code status: Success}). {@code reason} is one of {@link StatusReason}'s wire names.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Status(String apiVersion, String kind, ListMeta metadata, String status, String message, String reason, StatusDetails details, Integer code) {
    public static final String FAILURE = "Failure";
    public static final String SUCCESS = "Success";

    public static Status failure(int code, StatusReason reason, String message, StatusDetails details) {
        return new Status("v1", "Status", new ListMeta(null, null, null), FAILURE, message, reason.wireName(), details, code);
    }

    public static Status success(StatusDetails details) {
        return new Status("v1", "Status", new ListMeta(null, null, null), SUCCESS, null, null, details, 200);
    }
}
