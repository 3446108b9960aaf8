package dev.jetpod.apiserver.auth;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;

/**
 * Establishes who sent a request (client certificates and bearer tokens come with TLS in a later issue). A failed
 * future with an Unauthorized ApiException becomes a 401 Status.
 */
@FunctionalInterface
public interface Authenticator {
    Future<UserInfo> authenticate(HttpServerRequest request);
}
