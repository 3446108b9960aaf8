package dev.jetpod.apiserver.openapi.serve;

import dev.jetpod.apiserver.http.ContentNegotiator;
import dev.jetpod.apiserver.http.ResponseFormat;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * GET /openapi/v2 in the form the client asks for: JSON, or the gnostic protobuf kubectl requests first (also under
 * its older media type). Each form has its own entity tag, and the answer varies by Accept, so HTTP caches keep the
 * forms apart; a matching If-None-Match is a 304. A client accepting neither form gets a 406.
 */
public final class OpenApiV2Handler {
    private static final List<ResponseFormat> OFFERED = List.of(ResponseFormat.JSON, ResponseFormat.OPENAPI_V2_PROTOBUF,
            ResponseFormat.OPENAPI_V2_PROTOBUF_LEGACY);

    private final OpenApiDocuments docs;

    public OpenApiV2Handler(OpenApiDocuments docs) {
        this.docs = docs;
    }

    public void handle(RoutingContext ctx) {
        ResponseFormat format = ContentNegotiator.negotiate(ctx.request().getHeader("Accept"), OFFERED);
        Representation r = format == ResponseFormat.JSON ? docs.v2Json() : docs.v2Protobuf();
        ctx.response().putHeader(HttpHeaders.VARY, "Accept").putHeader(HttpHeaders.ETAG, r.etag());
        if (r.etag().equals(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH))) {
            ctx.response().setStatusCode(304).end();
            return;
        }
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, r.contentType()).end(r.bytes());
    }
}
