package dev.jetpod.apiserver;

import io.vertx.core.Future;

/** A started API server: where it listens, and how to stop it (HTTP first, then watches and storage). */
public interface RunningApiServer {
    int port();

    /** http://ADDRESS:PORT */
    String url();

    Future<Void> close();
}
