package dev.jetpod.runtime.image;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to reach a registry.
 *
 * @param plainHttp     speak HTTP instead of HTTPS (a registry on loopback without TLS)
 * @param tlsVerify     verify the server certificate (false: accept any, like {@code --tls-verify=false})
 * @param caFile        extra PEM CA certificate(s) to trust besides the JDK's
 * @param username      basic credentials (also sent to a token server), when the registry needs them
 * @param password      the password or token for {@code username}
 * @param resumeAttempts how often a broken blob transfer is resumed with a Range request before giving up
 */
public record PullOptions(boolean plainHttp, boolean tlsVerify, Optional<Path> caFile, Optional<String> username,
                          Optional<String> password, int resumeAttempts) {
    public static final PullOptions DEFAULT = new PullOptions(false, true, Optional.empty(), Optional.empty(), Optional.empty(), 3);

    public static PullOptions overPlainHttp() {
        return DEFAULT.withPlainHttp(true);
    }

    public PullOptions withPlainHttp(boolean value) {
        return new PullOptions(value, tlsVerify, caFile, username, password, resumeAttempts);
    }

    public PullOptions withTlsVerify(boolean value) {
        return new PullOptions(plainHttp, value, caFile, username, password, resumeAttempts);
    }

    public PullOptions withCaFile(Path file) {
        return new PullOptions(plainHttp, tlsVerify, Optional.of(file), username, password, resumeAttempts);
    }

    public PullOptions withCredentials(String user, String secret) {
        return new PullOptions(plainHttp, tlsVerify, caFile, Optional.of(user), Optional.of(secret), resumeAttempts);
    }

    public PullOptions withResumeAttempts(int attempts) {
        return new PullOptions(plainHttp, tlsVerify, caFile, username, password, attempts);
    }
}
