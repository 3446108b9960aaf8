package dev.jetpod.apiserver.handlers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.StatusReason;
import dev.jetpod.apiserver.apply.ManagerNames;
import dev.jetpod.apiserver.fieldvalidation.FieldValidator;
import dev.jetpod.apiserver.http.Reply;
import dev.jetpod.apiserver.http.RequestBodyReader;
import dev.jetpod.apiserver.metrics.ApiMetrics;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.time.Instant;

/**
 * Server-side apply: {@code PATCH} with {@code application/apply-patch+yaml} and a {@code fieldManager}. The applied
 * configuration (YAML or JSON) must name the endpoint's apiVersion and kind; it is checked for unknown and
 * duplicate fields per {@code fieldValidation}, then merged into the live object by the field manager
 * (dev.jetpod.apiserver.apply.FieldManager) inside the usual guarded update, or creates the object when there is
 * none (201). Conflicts with other managers are a 409 unless {@code force=true}.
 */
final class ApplyHandler {
    private final CreateHandler creates;
    private final FieldValidator fields;
    private final ObjectMapper yaml;
    private final ApiMetrics metrics;

    ApplyHandler(CreateHandler creates, FieldValidator fields, ObjectMapper yaml, ApiMetrics metrics) {
        this.creates = creates;
        this.fields = fields;
        this.yaml = yaml;
        this.metrics = metrics;
    }

    <T extends KubeObject<T>> Future<Reply> handle(ResourceCall<T> call) {
        String manager = ManagerNames.requiredForApply(call.query("fieldManager"));
        boolean force = "true".equals(call.query("force"));
        Buffer body = call.ctx().body().buffer();
        ObjectNode config = configuration(body);
        fields.checkObject(call.ctx().request(), call.type(), "PatchOptions", body, config);
        checkTarget(call, config);
        ObjectUpdater.Scope scope = UpdateHandler.scopeOf(call);
        String subresource = call.info().subresource();
        return call.store().get(call.namespace(), call.name())
                .compose(live -> update(call, config, manager, subresource, force, scope),
                        e -> e instanceof ApiException a && a.isNotFound() && scope == ObjectUpdater.Scope.MAIN
                                ? create(call, config, manager, force)
                                : Future.failedFuture(e))
                .onFailure(e -> {
                    if (e instanceof ApiException a && a.isConflict() && a.getMessage().startsWith("Apply failed")) {
                        metrics.applyConflict(call.type().qualifiedName());
                    }
                });
    }

    private <T extends KubeObject<T>> Future<Reply> update(ResourceCall<T> call, ObjectNode config, String manager, String subresource,
                                                           boolean force, ObjectUpdater.Scope scope) {
        return ObjectUpdater.update(call, cur -> {
            ObjectNode merged = call.resource().fieldManager().apply(cur, config, manager, subresource, force, Instant.now());
            T out = call.resource().codec().decode(merged);
            UpdateHandler.checkIdentity(call, out);
            return out;
        }, scope).map(Reply::ok);
    }

    private <T extends KubeObject<T>> Future<Reply> create(ResourceCall<T> call, ObjectNode config, String manager, boolean force) {
        ObjectNode merged = call.resource().fieldManager().apply(null, config, manager, "", force, Instant.now());
        ObjectNode meta = merged.with("metadata");
        meta.put("name", call.name());
        if (call.resource().namespaced()) {
            meta.put("namespace", call.namespace());
        }
        T object = call.resource().codec().decode(merged);
        return creates.create(call, object).map(Reply::created).recover(e -> {
            // someone created it between our read and our create: apply onto theirs
            if (e instanceof ApiException a && a.isAlreadyExists()) {
                return update(call, config, manager, "", force, ObjectUpdater.Scope.MAIN);
            }
            return Future.failedFuture(e);
        });
    }

    private ObjectNode configuration(Buffer body) {
        if (body == null || body.length() == 0) {
            throw ApiException.badRequest("the body of the request is empty; expected an apply configuration");
        }
        try {
            JsonNode n = yaml.readTree(body.getBytes());
            if (n instanceof ObjectNode o) {
                return o;
            }
            throw ApiException.badRequest("an apply configuration must be an object");
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("error decoding YAML: " + RequestBodyReader.describe(e));
        } catch (IOException e) {
            throw ApiException.badRequest("the body of the request could not be read: " + e.getMessage());
        }
    }

    /** apiVersion and kind are required and must be this endpoint's; a name or namespace must be the URL's. */
    private static <T extends KubeObject<T>> void checkTarget(ResourceCall<T> call, ObjectNode config) {
        String apiVersion = config.path("apiVersion").asText("");
        String kind = config.path("kind").asText("");
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            throw ApiException.badRequest("invalid object type: apiVersion and kind must be set in an apply configuration");
        }
        if (!apiVersion.equals(call.type().apiVersion()) || !kind.equals(call.type().kind())) {
            throw new ApiException(StatusReason.BAD_REQUEST, "the apply configuration is a " + kind + " of " + apiVersion
                    + ", but this endpoint serves " + call.type().kind() + " of " + call.type().apiVersion());
        }
        String name = config.path("metadata").path("name").asText("");
        if (!name.isEmpty() && !name.equals(call.name())) {
            throw ApiException.badRequest("the name of the object (" + name + ") does not match the name on the URL (" + call.name() + ")");
        }
        String ns = config.path("metadata").path("namespace").asText("");
        if (call.resource().namespaced() && !ns.isEmpty() && !ns.equals(call.namespace())) {
            throw ApiException.badRequest("the namespace of the provided object does not match the namespace sent on the request");
        }
    }
}
