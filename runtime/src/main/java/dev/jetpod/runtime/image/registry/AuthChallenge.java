package dev.jetpod.runtime.image.registry;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code WWW-Authenticate} challenge (RFC 7235): a scheme ({@code Bearer}, {@code Basic}) and its
 * parameters, quoted strings unescaped. Registries send {@code Bearer realm="…",service="…",scope="…"}.
 */
public record AuthChallenge(String scheme, Map<String, String> params) {
    public AuthChallenge {
        params = Map.copyOf(params);
    }

    public boolean isBearer() {
        return scheme.equalsIgnoreCase("Bearer");
    }

    public boolean isBasic() {
        return scheme.equalsIgnoreCase("Basic");
    }

    public Optional<String> param(String name) {
        return Optional.ofNullable(params.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Parses the header value; an unparseable one is an {@link IllegalArgumentException} naming it. */
    public static AuthChallenge parse(String header) {
        if (header == null || header.isBlank()) {
            throw new IllegalArgumentException("empty WWW-Authenticate header");
        }
        String text = header.trim();
        int space = text.indexOf(' ');
        String scheme = space < 0 ? text : text.substring(0, space);
        Map<String, String> params = new LinkedHashMap<>();
        int i = space < 0 ? text.length() : space + 1;
        while (i < text.length()) {
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
                i++;
            }
            if (i >= text.length()) {
                break;
            }
            int equals = text.indexOf('=', i);
            if (equals < 0) {
                throw new IllegalArgumentException("malformed WWW-Authenticate header: '" + header + "'");
            }
            String name = text.substring(i, equals).trim().toLowerCase(Locale.ROOT);
            i = equals + 1;
            StringBuilder value = new StringBuilder();
            if (i < text.length() && text.charAt(i) == '"') {
                i++;
                while (i < text.length() && text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        i++;
                    }
                    value.append(text.charAt(i++));
                }
                if (i >= text.length()) {
                    throw new IllegalArgumentException("unterminated quoted value in WWW-Authenticate header: '" + header + "'");
                }
                i++;
            } else {
                while (i < text.length() && text.charAt(i) != ',') {
                    value.append(text.charAt(i++));
                }
            }
            params.put(name, value.toString().trim());
        }
        return new AuthChallenge(scheme, params);
    }
}
