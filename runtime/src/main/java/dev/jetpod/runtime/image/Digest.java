package dev.jetpod.runtime.image;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A content digest as OCI writes it, {@code sha256:<64 lowercase hex>}. Only sha256 is accepted: it is what
 * every registry and layout uses, and a single algorithm keeps blob paths ({@code blobs/sha256/<hex>}) simple.
 */
public record Digest(String hex) {
    public static final String ALGORITHM = "sha256";
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public Digest {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a sha256 hex digest: '" + hex + "'");
        }
    }

    /** Parses {@code sha256:<hex>}; anything else is an {@link IllegalArgumentException} naming the input. */
    public static Digest parse(String text) {
        if (text == null || !text.startsWith(ALGORITHM + ":")) {
            throw new IllegalArgumentException("not a sha256 digest: '" + text + "' (expected sha256:<64 hex>)");
        }
        return new Digest(text.substring(ALGORITHM.length() + 1));
    }

    public static boolean isDigest(String text) {
        return text != null && text.startsWith(ALGORITHM + ":") && HEX.matcher(text.substring(ALGORITHM.length() + 1)).matches();
    }

    public static Digest of(byte[] content) {
        return fromBytes(newMessageDigest().digest(content));
    }

    public static Digest fromBytes(byte[] sha256) {
        return new Digest(HexFormat.of().formatHex(sha256));
    }

    public static MessageDigest newMessageDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** The first 12 hex characters, as image listings show IDs. */
    public String shortHex() {
        return hex.substring(0, 12);
    }

    @Override
    public String toString() {
        return ALGORITHM + ":" + hex;
    }
}
