package dev.jetpod.apiserver.auth;

import dev.jetpod.apiserver.http.RequestInfo;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;

/** Everyone is the cluster admin: the authentication and authorization of a local, loopback-only cluster for now. */
public final class AllowAll implements Authenticator, Authorizer {
    @Override
    public Future<UserInfo> authenticate(HttpServerRequest request) {
        return Future.succeededFuture(UserInfo.ANONYMOUS_ADMIN);
    }

    @Override
    public Future<Void> authorize(UserInfo user, String method, String path, RequestInfo info) {
        return Future.succeededFuture();
    }
}
