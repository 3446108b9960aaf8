package dev.jetpod.apiserver.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.apiserver.apply.FieldManager;
import dev.jetpod.apiserver.fieldvalidation.FieldValidator;
import dev.jetpod.apiserver.http.EncodedJson;
import dev.jetpod.apiserver.http.Reply;
import dev.jetpod.apiserver.http.RequestBodyReader;
import dev.jetpod.apiserver.namespace.NamespaceGuard;
import dev.jetpod.apiserver.registry.ApiResource;
import dev.jetpod.apiserver.registry.SystemMetadata;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.security.SecureRandom;

/**
 * POST to a collection: decode, check the body against the path, stamp system metadata (uid, creationTimestamp,
 * generation 1), admit, and create. With generateName, a name collision is retried with a fresh suffix, so the
 * client never sees a 409 for a name it did not choose.
 */
public final class CreateHandler {
    private static final int GENERATE_NAME_ATTEMPTS = 8;
    /** Kubernetes' alphabet for generated suffixes: no vowels (no words), no look-alikes. */
    private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

    private final RequestBodyReader reader;
    private final NamespaceGuard namespaces;
    private final FieldValidator fields;
    private final SecureRandom random = new SecureRandom();

    public CreateHandler(RequestBodyReader reader, NamespaceGuard namespaces, FieldValidator fields) {
        this.reader = reader;
        this.namespaces = namespaces;
        this.fields = fields;
    }

    public <T extends KubeObject<T>> Future<Reply> handle(ResourceCall<T> call) {
        ApiResource<T> r = call.resource();
        JsonNode tree = reader.readObject(call.ctx().request().getHeader("Content-Type"), call.ctx().body().buffer());
        fields.checkObject(call.ctx().request(), call.type(), "CreateOptions", call.ctx().body().buffer(), tree);
        T decoded = r.codec().decodeForEndpoint(tree);
        return write(call, decoded).map(c -> Reply.created(c.replyBody()));
    }

    /** Creates a decoded object at the call's path (also the first server-side apply of an object). */
    <T extends KubeObject<T>> Future<T> create(ResourceCall<T> call, T decoded) {
        return write(call, decoded).map(Created::object);
    }

    private <T extends KubeObject<T>> Future<Created<T>> write(ResourceCall<T> call, T decoded) {
        ApiResource<T> r = call.resource();
        T object = withSystemMetadata(call, decoded);
        Future<Void> nsReady = r.namespaced() ? namespaces.checkCreateAllowed(call.namespace(), r.type(), object.metadata().name()) : Future.succeededFuture();
        return nsReady.compose(v -> {
            ObjectMeta m = object.metadata();
            boolean generated = (m.name() == null || m.name().isEmpty()) && m.generateName() != null && !m.generateName().isEmpty();
            return generated ? createWithGeneratedName(call, object, GENERATE_NAME_ATTEMPTS) : createOnce(call, object);
        });
    }

    private <T extends KubeObject<T>> Future<Created<T>> createWithGeneratedName(ResourceCall<T> call, T object, int attemptsLeft) {
        String name = object.metadata().generateName() + suffix();
        return createOnce(call, object.withMetadata(object.metadata().withName(name))).recover(e -> {
            if (e instanceof ApiException a && a.isAlreadyExists() && attemptsLeft > 1) {
                return createWithGeneratedName(call, object, attemptsLeft - 1);
            }
            return Future.failedFuture(e);
        });
    }

    private <T extends KubeObject<T>> Future<Created<T>> createOnce(ResourceCall<T> call, T object) {
        FieldManager.Recorded<T> admitted = ManagedFieldsRecording.onCreateWithTree(call, call.resource().admission().admitCreate(object));
        if (call.dryRun()) {
            return Future.succeededFuture(new Created<>(admitted.object(), null));
        }
        return call.store().createEncoded(admitted.object(), admitted.tree()).map(e -> new Created<>(e.object(), e.json()));
    }

    /** A created object and the JSON the store made of it (none for a dry run, which stores nothing). */
    private record Created<T>(T object, byte[] json) {
        /** The reply: the stored JSON as is when the client takes JSON, the object for any other form. */
        Object replyBody() {
            return json == null ? object : new EncodedJson(Buffer.buffer(json), object);
        }
    }

    private <T extends KubeObject<T>> T withSystemMetadata(ResourceCall<T> call, T object) {
        ObjectMeta m = object.metadata() == null ? ObjectMeta.empty() : object.metadata();
        if (call.resource().namespaced()) {
            if (m.namespace() != null && !m.namespace().isEmpty() && !m.namespace().equals(call.namespace())) {
                throw ApiException.badRequest("the namespace of the provided object does not match the namespace sent on the request");
            }
            m = m.withNamespace(call.namespace());
        } else {
            m = m.withNamespace(null);
        }
        m = SystemMetadata.forNewObject(m);
        T out = object.withMetadata(m);
        if (call.resource().statusAccess().isPresent() && !call.resource().strategy().keepsStatusOnCreate()) {
            out = call.resource().statusAccess().get().withoutStatus(out);
        }
        return out;
    }

    private String suffix() {
        StringBuilder b = new StringBuilder(5);
        for (int i = 0; i < 5; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
