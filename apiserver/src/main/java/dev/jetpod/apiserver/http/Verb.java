package dev.jetpod.apiserver.http;

/** The Kubernetes verbs a resource request maps to; authorization and metrics speak these, not HTTP methods. */
public enum Verb {
    GET("get"), LIST("list"), WATCH("watch"), CREATE("create"), UPDATE("update"), PATCH("patch"),
    DELETE("delete"), DELETECOLLECTION("deletecollection");

    private final String wireName;

    Verb(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
