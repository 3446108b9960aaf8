package dev.jetpod.apiserver;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.StatusReason;
import dev.jetpod.apiserver.auth.Authenticator;
import dev.jetpod.apiserver.auth.Authorizer;
import dev.jetpod.apiserver.discovery.DiscoveryHandler;
import dev.jetpod.apiserver.discovery.OpenApiHandler;
import dev.jetpod.apiserver.handlers.ResourceDispatcher;
import dev.jetpod.apiserver.health.HealthHandler;
import dev.jetpod.apiserver.http.FailureHandler;
import dev.jetpod.apiserver.http.RequestInfo;
import dev.jetpod.apiserver.http.RequestInfoParser;
import dev.jetpod.apiserver.metrics.ApiMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The HTTP side of the API server: every route is declared in {@link #start}, each pointing at one small handler.
 * A request passes: request info → authentication → authorization → body → handler (admission, then storage);
 * any failure lands in the one {@link FailureHandler}.
 */
final class ApiServerVerticle extends AbstractVerticle {
    private static final String INFO_KEY = "jetpod.requestInfo";
    private static final String USER_KEY = "jetpod.user";

    private final ApiServerConfig config;
    private final Authenticator authenticator;
    private final Authorizer authorizer;
    private final ResourceDispatcher resources;
    private final DiscoveryHandler discovery;
    private final OpenApiHandler openApi;
    private final HealthHandler health;
    private final FailureHandler failures;
    private final ApiMetrics metrics;
    private final PrometheusMeterRegistry prometheus;
    private HttpServer server;
    private java.util.function.IntConsumer onListening = p -> { };

    ApiServerVerticle(ApiServerConfig config, Authenticator authenticator, Authorizer authorizer, ResourceDispatcher resources,
                      DiscoveryHandler discovery, OpenApiHandler openApi, HealthHandler health, FailureHandler failures,
                      ApiMetrics metrics, PrometheusMeterRegistry prometheus) {
        this.config = config;
        this.authenticator = authenticator;
        this.authorizer = authorizer;
        this.resources = resources;
        this.discovery = discovery;
        this.openApi = openApi;
        this.health = health;
        this.failures = failures;
        this.metrics = metrics;
        this.prometheus = prometheus;
    }

    @Override
    public void start(Promise<Void> started) {
        Router router = Router.router(vertx);
        router.route().handler(this::requestInfo);
        router.route().handler(this::authenticate);
        router.route().handler(this::authorize);
        router.route().handler(BodyHandler.create(false).setBodyLimit(config.maxRequestBodyBytes()).setHandleFileUploads(false));

        router.get("/livez").handler(health::livez);
        router.get("/readyz").handler(health::readyz);
        router.get("/healthz").handler(health::healthz);
        router.get("/metrics").handler(this::metrics);
        router.get("/version").handler(discovery::version);
        router.get("/openapi/v2").handler(openApi::openApiV2);
        router.get("/openapi/v3").handler(openApi::openApiV3Root);
        router.get("/openapi/v3/*").handler(openApi::openApiV3);
        router.get("/api").handler(discovery::coreVersions);
        router.get("/api/:version").handler(discovery::coreResources);
        router.get("/apis").handler(discovery::groups);
        router.get("/apis/:group").handler(discovery::group);
        router.get("/apis/:group/:version").handler(discovery::groupResources);
        router.route("/api/*").handler(this::resource);
        router.route("/apis/*").handler(this::resource);
        router.route().last().handler(this::notFound);
        router.route().failureHandler(failures::handle);

        HttpServerOptions options = new HttpServerOptions()
                .setHost(config.bindAddress())
                .setPort(config.port())
                .setCompressionSupported(true)
                .setTcpNoDelay(true)
                .setIdleTimeout(0);
        server = vertx.createHttpServer(options).requestHandler(router);
        server.listen().onSuccess(s -> onListening.accept(s.actualPort())).<Void>mapEmpty().onComplete(started);
    }

    /** Told the port once the server listens (port 0 resolves to a free one). */
    void onListening(java.util.function.IntConsumer c) {
        onListening = c;
    }

    /** Resource paths get their RequestInfo first, for metrics, authorization and dispatch. */
    private void requestInfo(RoutingContext ctx) {
        long start = System.nanoTime();
        String path = ctx.request().path();
        RequestInfo info = null;
        try {
            ctx.request().params(); // decoded once here (Vert.x keeps them): a bad %-escape is the client's mistake, a 400
            if (isResourcePath(path)) {
                String watch = ctx.request().getParam("watch");
                info = RequestInfoParser.parse(ctx.request().method(), path, "true".equals(watch) || "1".equals(watch));
                ctx.put(INFO_KEY, info);
            }
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("the request URL is malformed (" + ctx.request().uri() + "): invalid %-escape");
        }
        RequestInfo recorded = info;
        ctx.addHeadersEndHandler(v -> metrics.requestDone(
                recorded == null ? ctx.request().method().name().toLowerCase() : recorded.verb().wireName(),
                recorded == null ? "" : recorded.resourceWithSubresource(),
                ctx.response().getStatusCode(), System.nanoTime() - start));
        ctx.next();
    }

    /** More segments than a discovery path: /api/v1/x… or /apis/g/v/x… */
    private static boolean isResourcePath(String path) {
        int segments = 0;
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                segments++;
            }
        }
        return path.startsWith("/api/") && segments >= 3 || path.startsWith("/apis/") && segments >= 4;
    }

    private void authenticate(RoutingContext ctx) {
        authenticator.authenticate(ctx.request()).onSuccess(user -> {
            ctx.put(USER_KEY, user);
            ctx.next();
        }).onFailure(ctx::fail);
    }

    private void authorize(RoutingContext ctx) {
        authorizer.authorize(ctx.get(USER_KEY), ctx.request().method().name(), ctx.request().path(), ctx.get(INFO_KEY))
                .onSuccess(v -> ctx.next())
                .onFailure(ctx::fail);
    }

    private void resource(RoutingContext ctx) {
        RequestInfo info = ctx.get(INFO_KEY);
        if (info == null) {
            throw new ApiException(StatusReason.NOT_FOUND, "the server could not find the requested resource");
        }
        resources.handle(ctx, info);
    }

    private void metrics(RoutingContext ctx) {
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8").end(prometheus.scrape());
    }

    private void notFound(RoutingContext ctx) {
        ctx.fail(new ApiException(StatusReason.NOT_FOUND, "the server could not find the requested resource"));
    }

    @Override
    public void stop(Promise<Void> stopped) {
        server.close().onComplete(stopped);
    }
}
