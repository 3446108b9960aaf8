package dev.jetpod.apiserver.discovery;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.schema.Schemas;
import dev.jetpod.api.scheme.Scheme;
import dev.jetpod.apiserver.openapi.OpenApiDocument;
import dev.jetpod.apiserver.openapi.serve.OpenApiDocuments;
import dev.jetpod.apiserver.openapi.serve.OpenApiV2Handler;
import dev.jetpod.apiserver.openapi.serve.OpenApiV3Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * GET /openapi/v2 (JSON or gnostic protobuf), /openapi/v3 and /openapi/v3/&lt;group-version&gt;: the documents are
 * generated once at start (the types do not change while running); see {@link OpenApiDocuments}.
 */
public final class OpenApiHandler {
    private final OpenApiV2Handler v2;
    private final OpenApiV3Handler v3;

    public OpenApiHandler(Scheme scheme, ObjectMapper mapper, OpenApiDocument.ScaleModel scale, Schemas schemas) {
        OpenApiDocuments docs = OpenApiDocuments.build(scheme, VersionInfo.current().gitVersion(), scale, schemas, mapper);
        this.v2 = new OpenApiV2Handler(docs);
        this.v3 = new OpenApiV3Handler(docs.v3());
    }

    public void openApiV2(RoutingContext ctx) {
        v2.handle(ctx);
    }

    public void openApiV3Root(RoutingContext ctx) {
        v3.root(ctx);
    }

    public void openApiV3(RoutingContext ctx) {
        v3.groupVersion(ctx);
    }
}
