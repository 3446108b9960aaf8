package dev.jetpod.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.Status;
import dev.jetpod.api.meta.StatusReason;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;

/** Turns a non-2xx response into the one error vocabulary, {@link ApiException}, as client-go's errors package does. */
final class ErrorMapper {
    private ErrorMapper() {
    }

    static ApiException toApiException(int httpCode, Buffer body, ObjectMapper json, ApiRequest request) {
        Status s = statusOf(body, json);
        if (s != null && s.message() != null) {
            return fromStatus(s, httpCode);
        }
        return new ApiException(httpCode, reasonForCode(httpCode), fallbackMessage(httpCode, body, request), null);
    }

    /** A Status (from a body or a watch ERROR frame) as an exception; the HTTP code fills in a missing code or reason. */
    static ApiException fromStatus(Status s, int httpCode) {
        int code = s.code() != null && s.code() > 0 ? s.code() : httpCode;
        StatusReason reason = s.reason() == null || s.reason().isEmpty() ? reasonForCode(code) : StatusReason.fromWire(s.reason());
        return new ApiException(code, reason, s.message(), s.details());
    }

    static Status statusOf(Buffer body, ObjectMapper json) {
        if (body == null || body.length() == 0) {
            return null;
        }
        try {
            Status s = json.readValue(body.getBytes(), Status.class);
            return "Status".equals(s.kind()) ? s : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    static StatusReason reasonForCode(int code) {
        return switch (code) {
            case 400 -> StatusReason.BAD_REQUEST;
            case 401 -> StatusReason.UNAUTHORIZED;
            case 403 -> StatusReason.FORBIDDEN;
            case 404 -> StatusReason.NOT_FOUND;
            case 405 -> StatusReason.METHOD_NOT_ALLOWED;
            case 406 -> StatusReason.NOT_ACCEPTABLE;
            case 409 -> StatusReason.CONFLICT;
            case 410 -> StatusReason.EXPIRED;
            case 413 -> StatusReason.REQUEST_ENTITY_TOO_LARGE;
            case 415 -> StatusReason.UNSUPPORTED_MEDIA_TYPE;
            case 422 -> StatusReason.INVALID;
            case 429 -> StatusReason.TOO_MANY_REQUESTS;
            case 503 -> StatusReason.SERVICE_UNAVAILABLE;
            case 504 -> StatusReason.TIMEOUT;
            default -> code >= 400 && code < 500 ? StatusReason.BAD_REQUEST : StatusReason.INTERNAL_ERROR;
        };
    }

    private static String fallbackMessage(int code, Buffer body, ApiRequest request) {
        String what = "(" + request.describe() + ")";
        return switch (code) {
            case 404 -> "the server could not find the requested resource " + what;
            case 410 -> "the requested resourceVersion is too old " + what;
            case 401 -> "the server has asked for the client to provide credentials " + what;
            case 403 -> "the server does not allow this request " + what;
            default -> {
                String text = body == null ? "" : new String(body.getBytes(), StandardCharsets.UTF_8).strip();
                if (text.length() > 200) {
                    text = text.substring(0, 200) + "…";
                }
                yield "the server answered HTTP " + code + " " + what + (text.isEmpty() ? "" : ": " + text);
            }
        };
    }
}
