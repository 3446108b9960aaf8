package dev.jetpod.apiserver.handlers;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.core.v1.Binding;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.core.v1.PodCondition;
import dev.jetpod.api.core.v1.PodStatus;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ListMeta;
import dev.jetpod.api.meta.Status;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.api.validation.FieldError;
import dev.jetpod.apiserver.http.Reply;
import dev.jetpod.apiserver.http.RequestBodyReader;
import dev.jetpod.apiserver.registry.ApiResource;
import dev.jetpod.apiserver.registry.ObjectCodec;
import dev.jetpod.apiserver.registry.ResourceRegistry;
import io.vertx.core.Future;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * POST pods/NAME/binding (and the older POST namespaces/NS/bindings): assigns a pod to a node by setting
 * spec.nodeName and the PodScheduled=True condition in one guarded write. A pod already bound, or being deleted, is a
 * 409 Conflict, so two schedulers can never both bind it.
 */
public final class BindingHandler implements SubresourceHandlers.Subresource {
    private final RequestBodyReader reader;
    private final ObjectCodec<Binding> codec;
    private final ApiResource<Pod> pods;

    public BindingHandler(RequestBodyReader reader, ObjectMapper mapper, ResourceRegistry registry) {
        this.reader = reader;
        this.codec = new ObjectCodec<>(Resources.BINDINGS, mapper);
        this.pods = registry.get(Resources.PODS);
    }

    /** POST pods/NAME/binding, or POST namespaces/NS/bindings where the pod is the binding's metadata.name. */
    @Override
    public <T extends KubeObject<T>> Future<Reply> handle(ResourceCall<T> call) {
        if (call.info().verb() != dev.jetpod.apiserver.http.Verb.CREATE) {
            throw ResourceDispatcher.methodNotAllowed();
        }
        return bind(call, call.info().hasName() ? call.name() : null);
    }

    private Future<Reply> bind(ResourceCall<?> call, String podFromPath) {
        Binding b = codec.decodeForEndpoint(reader.readObject(call.ctx().request().getHeader("Content-Type"), call.ctx().body().buffer()));
        String bindingName = b.metadata() == null ? null : b.metadata().name();
        String pod = podFromPath != null ? podFromPath : bindingName;
        List<FieldError> errs = new ArrayList<>();
        if (pod == null || pod.isEmpty()) {
            errs.add(FieldError.required("metadata.name", "name or generateName is required"));
        }
        if (podFromPath != null && bindingName != null && !bindingName.isEmpty() && !bindingName.equals(podFromPath)) {
            throw ApiException.badRequest("the name of the object (" + bindingName + ") does not match the name on the URL (" + podFromPath + ")");
        }
        if (b.target() == null || b.target().name() == null || b.target().name().isEmpty()) {
            errs.add(FieldError.required("target.name", ""));
        }
        if (!errs.isEmpty()) {
            throw dev.jetpod.apiserver.admission.Admission.invalid("", "Binding", pod, errs);
        }
        String node = b.target().name();
        Map<String, String> annotations = b.metadata() == null ? Map.of() : b.metadata().annotationsOrEmpty();
        return pods.store().guaranteedUpdate(call.namespace(), pod, cur -> assign(cur, node, annotations))
                .map(p -> new Reply(201, new Status("v1", "Status", ListMeta.at(null), Status.SUCCESS, null, null, null, 201)));
    }

    private static Pod assign(Pod pod, String node, Map<String, String> annotations) {
        String name = pod.metadata().name();
        if (pod.metadata().deletionTimestamp() != null) {
            throw ApiException.conflict("", "pods", name, "pod " + name + " is being deleted, cannot be assigned to a host");
        }
        if (pod.spec() != null && pod.spec().nodeName() != null && !pod.spec().nodeName().isEmpty()) {
            throw ApiException.conflict("", "pods", name, "pod " + name + " is already assigned to node \"" + pod.spec().nodeName() + "\"");
        }
        Map<String, String> merged = new LinkedHashMap<>(pod.metadata().annotationsOrEmpty());
        merged.putAll(annotations);
        PodStatus status = pod.status() == null
                ? new PodStatus(null, "Pending", null, null, null, null, null, null, null, null, null, null, null, null, null, null)
                : pod.status();
        List<PodCondition> conditions = new ArrayList<>();
        if (status.conditions() != null) {
            status.conditions().stream().filter(c -> !"PodScheduled".equals(c.type())).forEach(conditions::add);
        }
        conditions.add(new PodCondition("PodScheduled", null, "True", null, Instant.now().truncatedTo(ChronoUnit.SECONDS), null, null));
        return pod.withMetadata(pod.metadata().withAnnotations(merged.isEmpty() ? null : merged))
                .withSpec(pod.spec().withNodeName(node))
                .withStatus(status.withConditions(conditions));
    }
}
