package dev.jetpod.apiserver.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.autoscaling.v1.Scale;
import dev.jetpod.api.autoscaling.v1.ScaleSpec;
import dev.jetpod.api.autoscaling.v1.ScaleStatus;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.schema.PatchMeta;
import dev.jetpod.api.scheme.GroupVersionKind;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.api.validation.FieldError;
import dev.jetpod.apiserver.admission.Admission;
import dev.jetpod.apiserver.http.Reply;
import dev.jetpod.apiserver.http.RequestBodyReader;
import dev.jetpod.apiserver.patch.PatchApplier;
import dev.jetpod.apiserver.patch.PatchAppliers;
import dev.jetpod.apiserver.registry.ObjectCodec;
import dev.jetpod.apiserver.registry.ScaleAccess;
import io.vertx.core.Future;
import java.util.List;

/**
 * The scale subresource (autoscaling/v1 Scale) of ReplicaSets and Deployments: GET answers spec.replicas,
 * status.replicas and status.selector as a string; PUT and PATCH (kubectl scale sends a merge patch) change only
 * spec.replicas of the parent, guarded by the Scale's resourceVersion when it carries one.
 */
public final class ScaleHandler implements SubresourceHandlers.Subresource {
    private static final ResourceType<Scale> SCALE = new ResourceType<>(new GroupVersionKind("autoscaling", "v1", "Scale"), "scale", "scale",
            List.of(), true, Scale.class, java.util.Set.of(), List.of());

    private final RequestBodyReader reader;
    private final PatchAppliers appliers;
    private final ObjectCodec<Scale> codec;

    public ScaleHandler(RequestBodyReader reader, PatchAppliers appliers, ObjectMapper mapper) {
        this.reader = reader;
        this.appliers = appliers;
        this.codec = new ObjectCodec<>(SCALE, mapper);
    }

    @Override
    public <T extends KubeObject<T>> Future<Reply> handle(ResourceCall<T> call) {
        ScaleAccess<T> access = call.resource().scaleAccess().orElseThrow(() -> UpdateHandler.noSuchSubresource(call));
        return switch (call.info().verb()) {
            case GET -> call.store().get(call.namespace(), call.name()).map(o -> Reply.ok(scaleOf(access, o)));
            case UPDATE -> {
                Scale wanted = codec.decodeForEndpoint(reader.readObject(call.ctx().request().getHeader("Content-Type"), call.ctx().body().buffer()));
                yield write(call, access, cur -> wanted);
            }
            case PATCH -> {
                PatchApplier applier = appliers.forContentType(call.ctx().request().getHeader("Content-Type"));
                JsonNode patch = reader.readJson(call.ctx().body().buffer());
                yield write(call, access, cur -> codec.decodeForEndpoint(applier.apply(codec.toTree(scaleOf(access, cur)), patch, PatchMeta.ANY)));
            }
            default -> throw ResourceDispatcher.methodNotAllowed();
        };
    }

    private <T extends KubeObject<T>> Future<Reply> write(ResourceCall<T> call, ScaleAccess<T> access, java.util.function.Function<T, Scale> wanted) {
        return ObjectUpdater.update(call, cur -> {
            Scale s = wanted.apply(cur);
            ObjectMeta m = s.metadata();
            if (m != null && m.name() != null && !m.name().isEmpty() && !m.name().equals(call.name())) {
                throw ApiException.badRequest("the name of the object (" + m.name() + ") does not match the name on the URL (" + call.name() + ")");
            }
            if (m != null && m.resourceVersion() != null && !m.resourceVersion().isEmpty() && !m.resourceVersion().equals(cur.metadata().resourceVersion())) {
                throw ApiException.modified(call.type().group(), call.type().plural(), call.name());
            }
            Integer replicas = s.spec() == null ? null : s.spec().replicas();
            int n = replicas == null ? 0 : replicas;
            if (n < 0) {
                throw Admission.invalid("autoscaling", "Scale", call.name(), List.of(FieldError.invalid("spec.replicas", n, "must be greater than or equal to 0")));
            }
            return access.withSpecReplicas(cur, n);
        }, ObjectUpdater.Scope.WHOLE_PREPARED).map(o -> Reply.ok(scaleOf(access, o)));
    }

    static <T extends KubeObject<T>> Scale scaleOf(ScaleAccess<T> access, T o) {
        ObjectMeta p = o.metadata();
        ObjectMeta m = ObjectMeta.named(p.namespace(), p.name()).withUid(p.uid()).withResourceVersion(p.resourceVersion())
                .withCreationTimestamp(p.creationTimestamp());
        return Scale.of(m, new ScaleSpec(access.specReplicas(o)),
                new ScaleStatus(access.statusReplicas(o), access.selector(o) == null ? "" : dev.jetpod.api.labels.Selector.from(access.selector(o)).toString()));
    }
}
