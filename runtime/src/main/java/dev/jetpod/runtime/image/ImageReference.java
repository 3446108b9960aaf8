package dev.jetpod.runtime.image;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An image reference as Docker and the distribution spec spell it: {@code [registry/]repository[:tag][@digest]}.
 * The first path component is a registry when it contains '.' or ':' or is {@code localhost}; without one,
 * the registry is Docker Hub and single-component repositories live under {@code library/}.
 * {@link #name()} is the familiar form the store records ({@code busybox:latest},
 * {@code 127.0.0.1:5000/team/app:v1}): Docker Hub's host and {@code library/} are left out.
 */
public record ImageReference(String registry, String repository, String tag, Digest digest) {
    public static final String DEFAULT_REGISTRY = "docker.io";
    public static final String DEFAULT_TAG = "latest";

    private static final Pattern COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern HOST = Pattern.compile("(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::[0-9]+)?|\\[[0-9A-Fa-f:]+\\](?::[0-9]+)?");

    /** Parses a reference; without tag or digest the tag is {@code latest}. */
    public static ImageReference parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty image reference");
        }
        String rest = text.trim();
        Digest digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = Digest.parse(rest.substring(at + 1));
            rest = rest.substring(0, at);
        }
        String tag = null;
        int slash = rest.lastIndexOf('/');
        int colon = rest.lastIndexOf(':');
        if (colon > slash) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
            if (!TAG.matcher(tag).matches()) {
                throw new IllegalArgumentException("invalid tag '" + tag + "' in image reference '" + text + "'");
            }
        }
        String registry = DEFAULT_REGISTRY;
        String path = rest;
        int first = rest.indexOf('/');
        if (first > 0) {
            String head = rest.substring(0, first);
            if (head.contains(".") || head.contains(":") || head.equals("localhost") || head.startsWith("[")) {
                if (!HOST.matcher(head).matches()) {
                    throw new IllegalArgumentException("invalid registry '" + head + "' in image reference '" + text + "'");
                }
                registry = head;
                path = rest.substring(first + 1);
            }
        }
        for (String component : path.split("/", -1)) {
            if (!COMPONENT.matcher(component).matches()) {
                throw new IllegalArgumentException("invalid repository '" + path + "' in image reference '" + text
                        + "' (lowercase letters, digits and separators . _ __ - only)");
            }
        }
        if (registry.equals(DEFAULT_REGISTRY) && !path.contains("/")) {
            path = "library/" + path;
        }
        if (tag == null && digest == null) {
            tag = DEFAULT_TAG;
        }
        return new ImageReference(registry, path, tag, digest);
    }

    /** True when the text parses as a reference (used to tell names from IDs and paths). */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The repository without tag or digest, in familiar form ({@code busybox}, {@code 127.0.0.1:5000/app}). */
    public String familiarRepository() {
        if (registry.equals(DEFAULT_REGISTRY)) {
            return repository.startsWith("library/") ? repository.substring("library/".length()) : repository;
        }
        return registry + "/" + repository;
    }

    /** The name the store records: familiar repository plus {@code :tag}, or {@code @digest} when there is no tag. */
    public String name() {
        return familiarRepository() + (tag != null ? ":" + tag : "@" + digest);
    }

    /** What to ask the registry's manifests endpoint for: the digest when pinned, else the tag. */
    public String manifestReference() {
        return digest != null ? digest.toString() : tag;
    }

    public Optional<Digest> pinnedDigest() {
        return Optional.ofNullable(digest);
    }

    @Override
    public String toString() {
        return familiarRepository() + (tag != null ? ":" + tag : "") + (digest != null ? "@" + digest : "");
    }
}
