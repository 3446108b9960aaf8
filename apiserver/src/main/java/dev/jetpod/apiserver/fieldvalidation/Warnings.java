package dev.jetpod.apiserver.fieldvalidation;

/**
 * HTTP warnings as Kubernetes sends them (RFC 7234 style, code 299, no agent): {@code 299 - "text"} with quotes
 * and backslashes in the text escaped. kubectl prints each as {@code Warning: text}.
 */
public final class Warnings {
    private Warnings() {
    }

    public static String header(String text) {
        return "299 - \"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
