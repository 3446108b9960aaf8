package dev.jetpod.apiserver.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.apiserver.http.RequestBodyReader;
import dev.jetpod.apiserver.registry.DeleteRequest;
import io.vertx.core.buffer.Buffer;
import java.util.Set;

/** Reads DeleteOptions from a DELETE's body (kubectl sends one) and its query (client-go may use either). */
final class DeleteOptionsReader {
    private static final Set<String> POLICIES = Set.of(DeleteRequest.ORPHAN, DeleteRequest.BACKGROUND, DeleteRequest.FOREGROUND);

    private DeleteOptionsReader() {
    }

    static DeleteRequest read(RequestBodyReader reader, ResourceCall<?> call) {
        Buffer body = call.ctx().body() == null ? null : call.ctx().body().buffer();
        Long grace = null;
        String policy = null;
        String uid = null;
        String rv = null;
        if (body != null && body.length() > 0) {
            JsonNode o = reader.readObject(call.ctx().request().getHeader("Content-Type"), body);
            JsonNode kind = o.get("kind");
            if (kind != null && !kind.isNull() && !kind.asText().equals("DeleteOptions")) {
                throw ApiException.badRequest("the kind in the data (" + kind.asText() + ") does not match the expected kind (DeleteOptions)");
            }
            if (o.hasNonNull("gracePeriodSeconds")) {
                grace = number(o.get("gracePeriodSeconds").asText(), "gracePeriodSeconds");
            }
            if (o.hasNonNull("propagationPolicy")) {
                policy = o.get("propagationPolicy").asText();
            } else if (o.hasNonNull("orphanDependents")) {
                policy = o.get("orphanDependents").asBoolean() ? DeleteRequest.ORPHAN : DeleteRequest.BACKGROUND;
            }
            JsonNode pre = o.get("preconditions");
            if (pre != null && pre.isObject()) {
                uid = pre.hasNonNull("uid") ? pre.get("uid").asText() : null;
                rv = pre.hasNonNull("resourceVersion") ? pre.get("resourceVersion").asText() : null;
            }
        }
        String qGrace = call.query("gracePeriodSeconds");
        if (qGrace != null && !qGrace.isEmpty()) {
            grace = number(qGrace, "gracePeriodSeconds");
        }
        String qPolicy = call.query("propagationPolicy");
        if (qPolicy != null && !qPolicy.isEmpty()) {
            policy = qPolicy;
        } else if (call.query("orphanDependents") != null) {
            policy = Boolean.parseBoolean(call.query("orphanDependents")) ? DeleteRequest.ORPHAN : DeleteRequest.BACKGROUND;
        }
        if (policy != null && !POLICIES.contains(policy)) {
            throw ApiException.badRequest("DeleteOptions.meta.k8s.io \"\" is invalid: propagationPolicy: Unsupported value: \"" + policy
                    + "\": supported values: \"Foreground\", \"Background\", \"Orphan\", \"nil\"");
        }
        if (grace != null && grace < 0) {
            grace = 0L;
        }
        return new DeleteRequest(grace, policy, uid, rv);
    }

    private static Long number(String s, String field) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid value for " + field + ": \"" + s + "\": must be an integer");
        }
    }
}
