package dev.jetpod.apiserver.http;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.StatusReason;
import io.vertx.core.http.HttpMethod;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses resource paths: {@code /api/v1/...} and {@code /apis/GROUP/VERSION/...}, optionally with the legacy
 * {@code /watch/} segment, into a {@link RequestInfo}. Discovery paths (fewer segments) are routed elsewhere.
 */
public final class RequestInfoParser {
    /** Subresources of a namespace object itself, so that /namespaces/x/status is not read as resource "status" in x. */
    private static final Set<String> NAMESPACE_SUBRESOURCES = Set.of("status", "finalize");

    private RequestInfoParser() {
    }

    public static RequestInfo parse(HttpMethod method, String path, boolean watchParam) {
        List<String> parts = split(path);
        String group;
        String version;
        int i;
        if (parts.size() >= 3 && parts.get(0).equals("api")) {
            group = "";
            version = parts.get(1);
            i = 2;
        } else if (parts.size() >= 4 && parts.get(0).equals("apis")) {
            group = parts.get(1);
            version = parts.get(2);
            i = 3;
        } else {
            throw notFound(path);
        }
        boolean watchPath = false;
        if (parts.get(i).equals("watch")) {
            watchPath = true;
            i++;
        }
        List<String> rest = parts.subList(i, parts.size());
        if (rest.isEmpty()) {
            throw notFound(path);
        }
        String namespace = "";
        if (rest.get(0).equals("namespaces") && rest.size() > 1) {
            namespace = rest.get(1);
            if (rest.size() > 2 && !NAMESPACE_SUBRESOURCES.contains(rest.get(2))) {
                rest = rest.subList(2, rest.size());
            }
        }
        if (rest.size() > 3) {
            throw notFound(path);
        }
        String resource = rest.get(0);
        String name = rest.size() > 1 ? rest.get(1) : "";
        String sub = rest.size() > 2 ? rest.get(2) : "";
        return new RequestInfo(verb(method, !name.isEmpty(), watchPath || watchParam, path), group, version, namespace, resource, name, sub);
    }

    private static Verb verb(HttpMethod method, boolean named, boolean watch, String path) {
        if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
            return watch ? Verb.WATCH : named ? Verb.GET : Verb.LIST;
        }
        if (watch) {
            throw methodNotAllowed(method, path);
        }
        if (method == HttpMethod.POST) {
            return Verb.CREATE;
        }
        if (method == HttpMethod.PUT && named) {
            return Verb.UPDATE;
        }
        if (method == HttpMethod.PATCH && named) {
            return Verb.PATCH;
        }
        if (method == HttpMethod.DELETE) {
            return named ? Verb.DELETE : Verb.DELETECOLLECTION;
        }
        throw methodNotAllowed(method, path);
    }

    private static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        for (String p : path.split("/")) {
            if (!p.isEmpty()) {
                // percent-decoding only: a literal "+" in a path is a plus, not a space
                out.add(URLDecoder.decode(p.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static ApiException notFound(String path) {
        return new ApiException(StatusReason.NOT_FOUND, "the server could not find the requested resource");
    }

    static ApiException methodNotAllowed(HttpMethod method, String path) {
        return new ApiException(StatusReason.METHOD_NOT_ALLOWED, "the server does not allow this method on the requested resource");
    }
}
