package dev.jetpod.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything needed to talk to one apiserver: where it is, how to trust it, who we are, and the default namespace.
 * Usually built from a kubeconfig ({@link dev.jetpod.client.config.KubeconfigLoader}); {@link #forServer} for tests.
 *
 * @param server          e.g. {@code http://127.0.0.1:6443}; a path after the port is a prefix for every request
 * @param namespace       the namespace commands use when none is given (the context's, else "default")
 * @param tls             trust and client certificate material; {@link TlsConfig#NONE} for plain HTTP
 * @param credentials     bearer token or basic auth; {@link Credentials#NONE} when the transport authenticates
 * @param connectTimeout  how long to wait for a TCP (and TLS) connection
 * @param requestTimeout  how long a non-streaming request may stay silent before it fails
 * @param userAgent       sent as User-Agent, so the apiserver's logs name the component
 */
public record ClientConfig(URI server, String namespace, TlsConfig tls, Credentials credentials,
                           Duration connectTimeout, Duration requestTimeout, String userAgent) {
    public static final String DEFAULT_NAMESPACE = "default";

    public ClientConfig {
        Objects.requireNonNull(server, "server");
        String scheme = server.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("apiserver address must start with http:// or https://: " + server);
        }
        if (server.getHost() == null) {
            throw new IllegalArgumentException("apiserver address has no host: " + server);
        }
        namespace = namespace == null || namespace.isEmpty() ? DEFAULT_NAMESPACE : namespace;
        tls = tls == null ? TlsConfig.NONE : tls;
        credentials = credentials == null ? Credentials.NONE : credentials;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(60) : requestTimeout;
        userAgent = userAgent == null || userAgent.isEmpty() ? "jetpod-client" : userAgent;
    }

    public static ClientConfig forServer(String server) {
        return new ClientConfig(URI.create(server), null, null, null, null, null, null);
    }

    public boolean isHttps() {
        return "https".equals(server.getScheme());
    }

    public int port() {
        return server.getPort() > 0 ? server.getPort() : isHttps() ? 443 : 80;
    }

    /** The path prefix every request goes under, "" when the server URL has none. */
    public String pathPrefix() {
        String p = server.getRawPath();
        if (p == null || p.isEmpty() || "/".equals(p)) {
            return "";
        }
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** The server as users typed it, without a trailing slash: what error messages name. */
    public String serverDisplay() {
        String s = server.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    public ClientConfig withNamespace(String ns) {
        return new ClientConfig(server, ns, tls, credentials, connectTimeout, requestTimeout, userAgent);
    }

    public ClientConfig withTls(TlsConfig t) {
        return new ClientConfig(server, namespace, t, credentials, connectTimeout, requestTimeout, userAgent);
    }

    public ClientConfig withCredentials(Credentials c) {
        return new ClientConfig(server, namespace, tls, c, connectTimeout, requestTimeout, userAgent);
    }

    public ClientConfig withTimeouts(Duration connect, Duration request) {
        return new ClientConfig(server, namespace, tls, credentials, connect, request, userAgent);
    }

    public ClientConfig withUserAgent(String ua) {
        return new ClientConfig(server, namespace, tls, credentials, connectTimeout, requestTimeout, ua);
    }
}
