package dev.jetpod.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How requests authenticate above the transport: a bearer token, or basic auth, or nothing
 * (client certificates live in {@link TlsConfig}). A token wins over basic auth, as in client-go.
 */
public record Credentials(String bearerToken, String username, String password) {
    public static final Credentials NONE = new Credentials(null, null, null);

    public static Credentials bearer(String token) {
        return new Credentials(token, null, null);
    }

    public static Credentials basic(String username, String password) {
        return new Credentials(null, username, password);
    }

    /** The Authorization header value, or null when there is nothing to send. */
    public String authorizationHeader() {
        if (bearerToken != null && !bearerToken.isEmpty()) {
            return "Bearer " + bearerToken;
        }
        if (username != null && !username.isEmpty()) {
            String pair = username + ":" + (password == null ? "" : password);
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }
        return null;
    }

    @Override
    public String toString() {
        // never print secrets into logs
        return bearerToken != null ? "Credentials[bearer token]" : username != null ? "Credentials[basic " + username + "]" : "Credentials[none]";
    }
}
