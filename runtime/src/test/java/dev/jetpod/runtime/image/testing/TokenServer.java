package dev.jetpod.runtime.image.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Docker token server (the "realm" of {@code auth: token:}) for one user: checks HTTP Basic credentials,
 * grants the requested repository actions, and issues RS256 JWTs signed with the test key, the signing
 * certificate in the {@code x5c} header (the registry trusts it through {@code rootcertbundle}).
 * Anonymous requests are refused, so pulls without credentials fail the way they do against a private registry.
 */
public final class TokenServer implements AutoCloseable {
    public static final String ISSUER = "jetpod-test-issuer";
    public static final String SERVICE = "jetpod-test-registry";

    private final HttpServer server;
    private final TestCerts.ServerCert signer;
    private final String user;
    private final String password;
    private final ObjectMapper json = new ObjectMapper();
    public final AtomicInteger tokensIssued = new AtomicInteger();

    public TokenServer(TestCerts.ServerCert signer, String user, String password) {
        this.signer = signer;
        this.user = user;
        this.password = password;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/token", this::issue);
        server.start();
    }

    public String realm() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/token";
    }

    /** The registry's {@code auth:} section for this server. */
    public String registryAuthConfig() {
        return "token:\n  realm: " + realm() + "\n  service: " + SERVICE + "\n  issuer: " + ISSUER
                + "\n  rootcertbundle: " + signer.certFile() + "\n";
    }

    private void issue(HttpExchange exchange) throws IOException {
        try (exchange) {
            String expected = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            String given = exchange.getRequestHeaders().getFirst("Authorization");
            if (!expected.equals(given)) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"jetpod-test\"");
                respond(exchange, 401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"bad or missing credentials\"}]}");
                return;
            }
            Map<String, List<String>> query = query(exchange.getRequestURI().getRawQuery());
            List<Access> access = new ArrayList<>();
            for (String scope : query.getOrDefault("scope", List.of())) {
                String[] parts = scope.split(":");
                if (parts.length == 3) {
                    access.add(new Access(parts[0], parts[1], List.of(parts[2].split(","))));
                }
            }
            long now = Instant.now().getEpochSecond();
            Claims claims = new Claims(ISSUER, user, query.getOrDefault("service", List.of(SERVICE)).get(0), now + 300, now - 10, now,
                    UUID.randomUUID().toString(), access);
            String token = sign(claims);
            tokensIssued.incrementAndGet();
            respond(exchange, 200, json.writeValueAsString(new TokenResponse(token, token, 300)));
        }
    }

    /** The JWT claims distribution's token auth checks. */
    record Claims(String iss, String sub, String aud, long exp, long nbf, long iat, String jti, List<Access> access) {
    }

    record Access(String type, String name, List<String> actions) {
    }

    record JwtHeader(String alg, String typ, List<String> x5c) {
    }

    record TokenResponse(String token, @com.fasterxml.jackson.annotation.JsonProperty("access_token") String accessToken,
                         @com.fasterxml.jackson.annotation.JsonProperty("expires_in") int expiresIn) {
    }

    private String sign(Claims claims) throws IOException {
        try {
            JwtHeader header = new JwtHeader("RS256", "JWT", List.of(Base64.getEncoder().encodeToString(signer.cert().getEncoded())));
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            String signingInput = b64.encodeToString(json.writeValueAsBytes(header)) + "." + b64.encodeToString(json.writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(signer.key());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + b64.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IOException("could not sign token", e);
        }
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (raw == null) {
            return result;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            result.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return result;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
