package dev.jetpod.apiserver.http;

/** What a handler answers: an HTTP code and the object to encode in the negotiated form. */
public record Reply(int code, Object body) {
    public static Reply ok(Object body) {
        return new Reply(200, body);
    }

    public static Reply created(Object body) {
        return new Reply(201, body);
    }
}
