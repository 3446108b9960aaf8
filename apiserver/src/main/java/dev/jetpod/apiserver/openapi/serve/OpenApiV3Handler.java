package dev.jetpod.apiserver.openapi.serve;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.StatusReason;
import dev.jetpod.apiserver.http.ContentNegotiator;
import dev.jetpod.apiserver.http.ResponseFormat;
import dev.jetpod.apiserver.openapi.v3.OpenApiV3Documents;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * GET /openapi/v3 (which group-versions have a document, each at a URL carrying its content hash) and
 * GET /openapi/v3/&lt;group-version&gt;, with kube-apiserver's caching: a request naming the current hash may be cached
 * for a year ({@code Cache-Control: public, immutable}); one naming an old hash is redirected (301) to the current
 * URL; one without a hash must revalidate, by entity tag.
 */
public final class OpenApiV3Handler {
    private static final String PREFIX = "/openapi/v3/";
    private static final List<ResponseFormat> OFFERED = List.of(ResponseFormat.JSON);

    private final OpenApiV3Documents docs;

    public OpenApiV3Handler(OpenApiV3Documents docs) {
        this.docs = docs;
    }

    public void root(RoutingContext ctx) {
        ContentNegotiator.negotiate(ctx.request().getHeader("Accept"), OFFERED);
        serve(ctx, Buffer.buffer(docs.root()), docs.rootHash(), false);
    }

    public void groupVersion(RoutingContext ctx) {
        String path = ctx.request().path();
        String gv = path.length() > PREFIX.length() ? path.substring(PREFIX.length()) : "";
        OpenApiV3Documents.Encoded doc = docs.forGroupVersion(gv)
                .orElseThrow(() -> new ApiException(StatusReason.NOT_FOUND, "the server could not find the requested resource"));
        ContentNegotiator.negotiate(ctx.request().getHeader("Accept"), OFFERED);
        String asked = ctx.request().getParam("hash");
        if (asked != null && !asked.isEmpty() && !asked.equals(doc.hash())) {
            ctx.response().setStatusCode(301)
                    .putHeader(HttpHeaders.LOCATION, PREFIX + gv + "?hash=" + doc.hash())
                    .putHeader(HttpHeaders.CACHE_CONTROL, "public, immutable")
                    .end();
            return;
        }
        serve(ctx, Buffer.buffer(doc.json()), doc.hash(), asked != null && !asked.isEmpty());
    }

    private static void serve(RoutingContext ctx, Buffer body, String hash, boolean immutable) {
        String etag = "\"" + hash + "\"";
        ctx.response().putHeader(HttpHeaders.ETAG, etag).putHeader(HttpHeaders.VARY, "Accept");
        if (immutable) {
            ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "public, immutable")
                    .putHeader(HttpHeaders.EXPIRES, DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusYears(1)));
        } else {
            ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-cache, private");
        }
        if (etag.equals(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH))) {
            ctx.response().setStatusCode(304).end();
            return;
        }
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(body);
    }
}
