package dev.jetpod.apiserver.http;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.StatusReason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one place that decides which form a response takes, from the request's Accept header and what the
 * endpoint offers. Clauses are tried by q-value, then in the order the client wrote them; wildcards match the
 * endpoint's first offer. Nothing acceptable → 406 NotAcceptable naming what the server could give.
 */
public final class ContentNegotiator {
    /** Parameters that only describe the stream, not the form; they never prevent a match. */
    private static final List<String> NEUTRAL_PARAMS = List.of("q", "charset", "stream", "pretty");

    private ContentNegotiator() {
    }

    public static ResponseFormat negotiate(String accept, List<ResponseFormat> offered) {
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        for (Clause c : clauses(accept)) {
            if (c.q <= 0) {
                continue;
            }
            for (ResponseFormat f : offered) {
                if (c.matches(f)) {
                    return f;
                }
            }
        }
        List<String> names = offered.stream().map(ResponseFormat::mediaType).distinct().toList();
        throw new ApiException(StatusReason.NOT_ACCEPTABLE, "only the following media types are accepted: " + String.join(", ", names));
    }

    static List<Clause> clauses(String accept) {
        List<Clause> out = new ArrayList<>();
        int order = 0;
        for (String raw : accept.split(",")) {
            String[] parts = raw.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            if (type.isEmpty()) {
                continue;
            }
            Map<String, String> params = new LinkedHashMap<>();
            double q = 1.0;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                int eq = p.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String k = p.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                String v = p.substring(eq + 1).trim();
                if (k.equals("q")) {
                    q = parseQ(v);
                } else {
                    params.put(k, v);
                }
            }
            out.add(new Clause(type, params, q, order++));
        }
        out.sort(Comparator.comparingDouble((Clause c) -> -c.q).thenComparingInt(c -> c.order));
        return out;
    }

    private static double parseQ(String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    record Clause(String type, Map<String, String> params, double q, int order) {
        boolean matches(ResponseFormat f) {
            if (!typeMatches(f.mediaType())) {
                return false;
            }
            Map<String, String> selecting = new LinkedHashMap<>(params);
            NEUTRAL_PARAMS.forEach(selecting::remove);
            if (f.selectingParams().isEmpty()) {
                // g/v alone (as kubectl sends for discovery) do not ask for a transformation; "as" does
                return !selecting.containsKey("as");
            }
            return f.selectingParams().entrySet().stream().allMatch(e -> e.getValue().equals(selecting.get(e.getKey())));
        }

        private boolean typeMatches(String mediaType) {
            if (type.equals("*/*") || type.equals("*")) {
                return true;
            }
            if (type.endsWith("/*")) {
                return mediaType.startsWith(type.substring(0, type.length() - 1));
            }
            return type.equals(mediaType);
        }
    }
}
