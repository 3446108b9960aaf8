package dev.jetpod.apiserver.auth;

import java.util.List;

/** Who made a request, as an authenticator established it. */
public record UserInfo(String name, String uid, List<String> groups) {
    public static final UserInfo ANONYMOUS_ADMIN = new UserInfo("system:admin", "", List.of("system:masters", "system:authenticated"));
}
