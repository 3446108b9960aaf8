package dev.jetpod.runtime.image.registry;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.jetpod.runtime.image.ImageNotFoundException;
import dev.jetpod.runtime.image.PullOptions;
import dev.jetpod.runtime.image.oci.OciJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A client of the OCI distribution API for one registry host (the JDK's HttpClient, HTTP/1.1). It answers a
 * 401 the way Docker does: for {@code Bearer realm,service,scope} it asks the realm for a token (with basic
 * credentials if it has them) and retries; for {@code Basic} it retries with the credentials. Tokens are
 * cached per scope. Redirects are followed by hand so that credentials never go to another host.
 */
public final class RegistryClient {
    private static final Logger LOG = LoggerFactory.getLogger(RegistryClient.class);
    private static final int MAX_REDIRECTS = 5;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration HEADERS_TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX_MANIFEST = 8 * 1024 * 1024;

    private final String host;
    private final URI base;
    private final HttpClient http;
    private final Optional<String> username;
    private final Optional<String> password;
    private final Map<String, String> tokensByScope = new ConcurrentHashMap<>();

    public RegistryClient(String host, PullOptions options) {
        this.host = host;
        String registryHost = host.equals("docker.io") ? "registry-1.docker.io" : host;
        this.base = URI.create((options.plainHttp() ? "http://" : "https://") + registryHost);
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER);
        if (!options.plainHttp()) {
            builder.sslContext(RegistryTls.context(options.tlsVerify(), options.caFile()));
        }
        this.http = builder.build();
        this.username = options.username();
        this.password = options.password();
    }

    /** A manifest or index as the registry returned it. */
    public record ManifestResponse(byte[] body, String contentType, Optional<String> dockerContentDigest) {
    }

    public ManifestResponse manifest(String repository, String reference, String accept) throws IOException {
        HttpResponse<InputStream> response = send(repository, "/v2/" + repository + "/manifests/" + reference, accept, 0);
        try (InputStream body = response.body()) {
            if (response.statusCode() == 404) {
                throw new ImageNotFoundException("manifest '" + reference + "' not found in repository '" + repository + "' at "
                        + host + errorDetail(body));
            }
            expectOk(response, body, "manifest '" + reference + "' of '" + repository + "'");
            byte[] bytes = body.readNBytes(MAX_MANIFEST + 1);
            if (bytes.length > MAX_MANIFEST) {
                throw new RegistryException("manifest '" + reference + "' of '" + repository + "' at " + host + " is larger than " + MAX_MANIFEST + " bytes", 0);
            }
            String contentType = response.headers().firstValue("Content-Type").map(t -> t.split(";")[0].trim()).orElse("");
            return new ManifestResponse(bytes, contentType, response.headers().firstValue("Docker-Content-Digest"));
        }
    }

    /** The blob's body from {@code offset} on; {@link Blob#offset()} is 0 when the registry ignored the range. */
    public record Blob(InputStream body, long offset) {
    }

    public Blob blob(String repository, String digest, long offset) throws IOException {
        String what = "blob " + digest + " of '" + repository + "'";
        HttpResponse<InputStream> response = send(repository, "/v2/" + repository + "/blobs/" + digest, "*/*", offset);
        InputStream body = response.body();
        int status = response.statusCode();
        if (status == 404) {
            body.close();
            throw new ImageNotFoundException(what + " not found at " + host);
        }
        if (status >= 500) {
            String detail = errorDetail(body);
            body.close();
            throw new IOException("registry " + host + " answered " + status + " for " + what + detail); // retryable
        }
        if (status == 206 && offset > 0) {
            return new Blob(body, offset);
        }
        expectOk(response, body, what);
        return new Blob(body, 0);
    }

    /** Sends a GET, answering an authentication challenge once and following same-host redirects. */
    private HttpResponse<InputStream> send(String repository, String path, String accept, long offset) throws IOException {
        String scope = "repository:" + repository + ":pull";
        URI uri = base.resolve(path);
        boolean authenticated = false;
        for (int hop = 0; hop <= MAX_REDIRECTS; ) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(HEADERS_TIMEOUT).header("Accept", accept).GET();
            if (offset > 0) {
                request.header("Range", "bytes=" + offset + "-");
            }
            boolean sameHost = uri.getAuthority().equals(base.getAuthority());
            if (sameHost) {
                authorization(scope).ifPresent(value -> request.header("Authorization", value));
            }
            HttpResponse<InputStream> response = exchange(request.build());
            int status = response.statusCode();
            if (status == 401 && sameHost && !authenticated) {
                String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
                response.body().close();
                authenticate(challenge, scope);
                authenticated = true;
                continue;
            }
            if (status == 401) {
                String detail = errorDetail(response.body());
                throw new RegistryException("registry " + host + " refused the credentials for " + scope + detail, 401);
            }
            if (status == 403) {
                String detail = errorDetail(response.body());
                throw new RegistryException("registry " + host + " denied access to " + scope + detail, 403);
            }
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new RegistryException("registry " + host + " redirected without a Location", status));
                response.body().close();
                uri = uri.resolve(location);
                hop++;
                continue;
            }
            return response;
        }
        throw new RegistryException("registry " + host + " redirected more than " + MAX_REDIRECTS + " times for " + path, 0);
    }

    private Optional<String> authorization(String scope) {
        String token = tokensByScope.get(scope);
        if (token != null) {
            return Optional.of(token);
        }
        return Optional.empty();
    }

    private void authenticate(String header, String defaultScope) throws IOException {
        AuthChallenge challenge;
        try {
            challenge = AuthChallenge.parse(header);
        } catch (IllegalArgumentException e) {
            throw new RegistryException("registry " + host + " requires authentication but sent an unusable challenge: " + e.getMessage(), 401);
        }
        if (challenge.isBasic()) {
            tokensByScope.put(defaultScope, "Basic " + basicCredentials().orElseThrow(() -> new RegistryException(
                    "registry " + host + " requires a username and password (Basic realm \"" + challenge.param("realm").orElse("") + "\")", 401)));
            return;
        }
        if (!challenge.isBearer()) {
            throw new RegistryException("registry " + host + " asks for unsupported authentication scheme '" + challenge.scheme() + "'", 401);
        }
        String realm = challenge.param("realm").orElseThrow(() -> new RegistryException("registry " + host + " sent a Bearer challenge without realm", 401));
        String scope = challenge.param("scope").orElse(defaultScope);
        StringBuilder query = new StringBuilder();
        challenge.param("service").ifPresent(s -> query.append("service=").append(URLEncoder.encode(s, StandardCharsets.UTF_8)));
        for (String s : scope.split(" ")) {
            query.append(query.length() > 0 ? "&" : "").append("scope=").append(URLEncoder.encode(s, StandardCharsets.UTF_8));
        }
        URI tokenUri = URI.create(realm + (realm.contains("?") ? "&" : "?") + query);
        HttpRequest.Builder request = HttpRequest.newBuilder(tokenUri).timeout(HEADERS_TIMEOUT).GET();
        basicCredentials().ifPresent(c -> request.header("Authorization", "Basic " + c));
        HttpResponse<InputStream> response = exchange(request.build());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new RegistryException("token server " + tokenUri.getAuthority() + " refused a token for " + scope
                        + (username.isPresent() ? " as '" + username.get() + "'" : " (anonymous; give credentials)")
                        + ": HTTP " + response.statusCode() + errorDetail(body), response.statusCode());
            }
            TokenResponse token = OciJson.read(body.readNBytes(1024 * 1024), TokenResponse.class, "token from " + tokenUri.getAuthority());
            String value = token.token() != null ? token.token() : token.accessToken();
            if (value == null || value.isEmpty()) {
                throw new RegistryException("token server " + tokenUri.getAuthority() + " answered without a token", 0);
            }
            tokensByScope.put(defaultScope, "Bearer " + value);
            LOG.debug("event=registry-token registry={} scope={}", host, scope);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenResponse(String token, @JsonProperty("access_token") String accessToken) {
    }

    private Optional<String> basicCredentials() {
        if (username.isEmpty()) {
            return Optional.empty();
        }
        String pair = username.get() + ":" + password.orElse("");
        return Optional.of(Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<InputStream> exchange(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while talking to " + request.uri().getAuthority(), e);
        } catch (javax.net.ssl.SSLException e) {
            throw new RegistryException("TLS with " + request.uri().getAuthority() + " failed: " + rootMessage(e)
                    + " (use a CA file, or --tls-verify=false for a registry you trust)", e);
        } catch (java.net.ConnectException e) {
            // The JDK reports a refused connection as a ConnectException without message (cause: ClosedChannelException).
            throw new RegistryException("could not connect to " + request.uri().getAuthority() + ": "
                    + (e.getMessage() != null ? e.getMessage() : "connection refused"), e);
        }
    }

    private void expectOk(HttpResponse<InputStream> response, InputStream body, String what) throws IOException {
        if (response.statusCode() != 200) {
            throw new RegistryException("registry " + host + " answered HTTP " + response.statusCode() + " for " + what + errorDetail(body),
                    response.statusCode());
        }
    }

    /** The registry's error body ({@code {"errors":[{"code","message"}]}}) as ": CODE message", or "". */
    private static String errorDetail(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(64 * 1024);
            ErrorBody errors = OciJson.mapper().readValue(bytes, ErrorBody.class);
            if (errors.errors() != null && !errors.errors().isEmpty()) {
                ErrorBody.Error first = errors.errors().get(0);
                return ": " + first.code() + " " + first.message();
            }
        } catch (IOException | RuntimeException e) {
            // not a registry error document
        }
        return "";
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorBody(List<Error> errors) {
        @JsonIgnoreProperties(ignoreUnknown = true)
        record Error(String code, String message) {
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    public String host() {
        return host;
    }
}
