package dev.jetpod.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.client.metrics.ClientMetrics;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;

/**
 * Sends {@link ApiRequest}s over two Vert.x HTTP/1.1 keep-alive pools: one for ordinary requests, and one for
 * long-lived streams (watches, log follows), so that many open watches never starve short requests of connections.
 * Every outcome is measured; every failure becomes an {@link dev.jetpod.api.errors.ApiException} (a response) or an
 * {@link ApiConnectionException} (no response).
 */
final class HttpTransport {
    private static final int REQUEST_POOL = 32;
    private static final int STREAM_POOL = 1024;

    private final Vertx vertx;
    private final ClientConfig config;
    private final ClientMetrics metrics;
    private final ObjectMapper json;
    private final HttpClient requests;
    private final HttpClient streams;
    private final String authorization;

    HttpTransport(Vertx vertx, ClientConfig config, ClientMetrics metrics, ObjectMapper json) {
        this.vertx = vertx;
        this.config = config;
        this.metrics = metrics;
        this.json = json;
        HttpClientOptions options = clientOptions(config);
        this.requests = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(REQUEST_POOL).setMaxWaitQueueSize(-1));
        this.streams = vertx.createHttpClient(new HttpClientOptions(options), new PoolOptions().setHttp1MaxSize(STREAM_POOL));
        this.authorization = config.credentials().authorizationHeader();
    }

    static HttpClientOptions clientOptions(ClientConfig c) {
        HttpClientOptions o = new HttpClientOptions()
                .setProtocolVersion(HttpVersion.HTTP_1_1)
                .setKeepAlive(true)
                .setTcpNoDelay(true)
                .setConnectTimeout((int) c.connectTimeout().toMillis())
                .setDefaultHost(c.server().getHost())
                .setDefaultPort(c.port());
        if (c.isHttps()) {
            o.setSsl(true);
            TlsConfig tls = c.tls();
            if (tls.insecureSkipVerify()) {
                o.setTrustAll(true).setVerifyHost(false);
            } else if (tls.caPem() != null) {
                o.setTrustOptions(new PemTrustOptions().addCertValue(Buffer.buffer(tls.caPem())));
            }
            if (tls.hasClientCertificate()) {
                o.setKeyCertOptions(new PemKeyCertOptions()
                        .addCertValue(Buffer.buffer(tls.clientCertificatePem()))
                        .addKeyValue(Buffer.buffer(tls.clientKeyPem())));
            }
        }
        return o;
    }

    ClientConfig config() {
        return config;
    }

    /** Sends and reads the whole body; non-2xx fails with an ApiException. */
    Future<RawResponse> send(ApiRequest r) {
        return onContext(() -> doSend(r));
    }

    private Future<RawResponse> doSend(ApiRequest r) {
        long start = System.nanoTime();
        RequestOptions ro = options(r).setIdleTimeout(config.requestTimeout().toMillis());
        return requests.request(ro)
                .compose(req -> r.body() == null ? req.send() : req.send(r.body()))
                .compose(resp -> resp.body().map(body -> new RawResponse(resp.statusCode(), resp.getHeader(HttpHeaders.CONTENT_TYPE), body)))
                .transform(ar -> {
                    if (ar.failed()) {
                        metrics.request(r.verb(), "error", System.nanoTime() - start);
                        return Future.failedFuture(ApiConnectionException.from(ar.cause(), config.serverDisplay(), r.describe()));
                    }
                    RawResponse resp = ar.result();
                    metrics.request(r.verb(), Integer.toString(resp.statusCode()), System.nanoTime() - start);
                    if (resp.statusCode() / 100 != 2) {
                        return Future.failedFuture(ErrorMapper.toApiException(resp.statusCode(), resp.body(), json, r));
                    }
                    return Future.succeededFuture(resp);
                });
    }

    /**
     * Opens a stream: succeeds when 2xx headers arrive (the body is then read through the returned stream); a non-2xx
     * answer is read in full and fails as an ApiException.
     */
    Future<ResponseStream> open(ApiRequest r) {
        return onContext(() -> doOpen(r));
    }

    private Future<ResponseStream> doOpen(ApiRequest r) {
        long start = System.nanoTime();
        return streams.request(options(r))
                .compose(req -> r.body() == null ? req.send() : req.send(r.body()))
                .transform(ar -> {
                    if (ar.failed()) {
                        metrics.request(r.verb(), "error", System.nanoTime() - start);
                        return Future.failedFuture(ApiConnectionException.from(ar.cause(), config.serverDisplay(), r.describe()));
                    }
                    HttpClientResponse resp = ar.result();
                    metrics.request(r.verb(), Integer.toString(resp.statusCode()), System.nanoTime() - start);
                    if (resp.statusCode() / 100 != 2) {
                        return resp.body().transform(body -> Future.failedFuture(
                                ErrorMapper.toApiException(resp.statusCode(), body.succeeded() ? body.result() : null, json, r)));
                    }
                    resp.pause(); // hold chunks until the caller's handler is in place (ResponseStream.start resumes)
                    return Future.succeededFuture(new ResponseStream(resp, config.serverDisplay(), r.describe()));
                });
    }

    /**
     * Builds a request chain on a Vert.x context. From any other thread, a response could arrive between two steps
     * of the chain, before its body handler is attached, and its body would be lost.
     */
    private <R> Future<R> onContext(java.util.function.Supplier<Future<R>> chain) {
        if (io.vertx.core.Vertx.currentContext() != null) {
            return chain.get();
        }
        io.vertx.core.Promise<R> p = io.vertx.core.Promise.promise();
        vertx.getOrCreateContext().runOnContext(v -> chain.get().onComplete(p));
        return p.future();
    }

    private RequestOptions options(ApiRequest r) {
        RequestOptions ro = new RequestOptions()
                .setMethod(r.method())
                .setHost(config.server().getHost())
                .setPort(config.port())
                .setSsl(config.isHttps())
                .setURI(r.uri(config.pathPrefix()))
                .putHeader(HttpHeaders.ACCEPT, r.accept())
                .putHeader(HttpHeaders.USER_AGENT, config.userAgent());
        if (r.contentType() != null) {
            ro.putHeader(HttpHeaders.CONTENT_TYPE, r.contentType());
        }
        if (authorization != null) {
            ro.putHeader(HttpHeaders.AUTHORIZATION, authorization);
        }
        return ro;
    }

    Future<Void> close() {
        return Future.join(requests.close(), streams.close()).mapEmpty();
    }
}
