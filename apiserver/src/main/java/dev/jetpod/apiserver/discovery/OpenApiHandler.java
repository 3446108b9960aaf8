package dev.jetpod.apiserver.discovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.scheme.Scheme;
import dev.jetpod.apiserver.http.ContentNegotiator;
import dev.jetpod.apiserver.http.ResponseFormat;
import dev.jetpod.apiserver.openapi.OpenApiDocument;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * GET /openapi/v2: the document is generated once at start (the types do not change while running) and served as
 * JSON. The protobuf form kubectl asks for first is a later addition: it becomes one more offered format here.
 */
public final class OpenApiHandler {
    private static final List<ResponseFormat> OFFERED = List.of(ResponseFormat.JSON);
    private final Buffer json;
    private final String etag;

    public OpenApiHandler(Scheme scheme, ObjectMapper mapper, OpenApiDocument.ScaleModel scale) {
        try {
            byte[] bytes = mapper.writeValueAsBytes(OpenApiDocument.build(scheme, VersionInfo.current().gitVersion(), scale));
            this.json = Buffer.buffer(bytes);
            this.etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "\"";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not encode the OpenAPI document", e);
        }
    }

    public void openApiV2(RoutingContext ctx) {
        ContentNegotiator.negotiate(ctx.request().getHeader("Accept"), OFFERED);
        if (etag.equals(ctx.request().getHeader("If-None-Match"))) {
            ctx.response().setStatusCode(304).end();
            return;
        }
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.ETAG, etag)
                .end(json);
    }
}
