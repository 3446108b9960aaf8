package dev.jetpod.apiserver.auth;

import dev.jetpod.apiserver.http.RequestInfo;
import io.vertx.core.Future;

/**
 * Decides whether a user may perform a request's verb on its resource (roles come in a later issue). A failed future
 * with a Forbidden ApiException becomes a 403 Status. {@code info} is null for non-resource paths (/healthz, /api).
 */
@FunctionalInterface
public interface Authorizer {
    Future<Void> authorize(UserInfo user, String method, String path, RequestInfo info);
}
