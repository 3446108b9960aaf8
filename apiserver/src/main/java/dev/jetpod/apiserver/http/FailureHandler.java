package dev.jetpod.apiserver.http;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.StatusReason;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place an exception becomes a response: an {@link ApiException} becomes its Status; a failure Vert.x raised
 * with a code (413 from the body limit, 405, …) becomes the matching Status; anything else is a 500 InternalError
 * with a generic message and a request id, while the cause and stack trace go to the server log only.
 */
public final class FailureHandler {
    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);
    public static final String FORMAT_KEY = "jetpod.format";

    private final ResponseWriter writer;
    private final long maxBodyBytes;
    private final AtomicLong ids = new AtomicLong();

    public FailureHandler(ResponseWriter writer, long maxBodyBytes) {
        this.writer = writer;
        this.maxBodyBytes = maxBodyBytes;
    }

    public void handle(RoutingContext ctx) {
        ApiException e = toApiException(ctx);
        if (ctx.response().headWritten()) {
            // a stream already started (a watch): the only honest thing left is to end it
            LOG.warn("op=request method={} path={} result=aborted-after-headers error={}", ctx.request().method(), ctx.request().path(), e.getMessage());
            if (!ctx.response().ended()) {
                ctx.response().end();
            }
            return;
        }
        ResponseFormat format = ctx.get(FORMAT_KEY);
        writer.writeStatus(ctx.response(), e, format == null ? ResponseFormat.JSON : format);
    }

    private ApiException toApiException(RoutingContext ctx) {
        Throwable f = ctx.failure();
        if (f instanceof ApiException a) {
            return a;
        }
        int code = ctx.statusCode();
        if (f == null || code == 413) {
            return switch (code) {
                case 413 -> new ApiException(StatusReason.REQUEST_ENTITY_TOO_LARGE, "Request entity too large: limit is " + maxBodyBytes);
                case 404 -> new ApiException(StatusReason.NOT_FOUND, "the server could not find the requested resource");
                case 405 -> new ApiException(StatusReason.METHOD_NOT_ALLOWED, "the server does not allow this method on the requested resource");
                case 400 -> ApiException.badRequest("the request could not be understood by the server");
                case 401 -> new ApiException(StatusReason.UNAUTHORIZED, "Unauthorized");
                case 403 -> new ApiException(StatusReason.FORBIDDEN, "forbidden");
                default -> internal(ctx, null);
            };
        }
        return internal(ctx, f);
    }

    private ApiException internal(RoutingContext ctx, Throwable cause) {
        long id = ids.incrementAndGet();
        LOG.error("op=request method={} path={} result=internal-error request-id={}", ctx.request().method(), ctx.request().path(), id, cause);
        return ApiException.internal("Internal error occurred: the server could not complete the request (request id " + id + "; details are in the apiserver log)");
    }
}
