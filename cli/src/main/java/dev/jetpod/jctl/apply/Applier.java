package dev.jetpod.jctl.apply;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.schema.FieldRules;
import dev.jetpod.api.schema.PatchMeta;
import dev.jetpod.api.schema.Schemas;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.client.PatchType;
import dev.jetpod.jctl.api.Api;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Client-side apply of one object, as kubectl does it: GET; absent → POST with the last-applied annotation; present
 * → a three-way strategic merge patch against the recorded last-applied configuration, nothing sent when it is
 * empty. A 409 (someone wrote in between, or created it first) is answered by starting over from a fresh GET.
 */
public final class Applier {
    public static final String FIELD_MANAGER = "jctl-client-side-apply";
    private static final int ATTEMPTS = 5;

    /** What apply did, printed as {@code pod/web created|configured|unchanged}. */
    public enum Outcome {
        CREATED("created"), CONFIGURED("configured"), UNCHANGED("unchanged");

        private final String word;

        Outcome(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** How the writes go out: {@code dryRun} ("All" for the server's dry run), {@code fieldValidation}. */
    public record Options(boolean clientDryRun, boolean serverDryRun, String fieldValidation) {
        Map<String, String> query() {
            Map<String, String> q = new LinkedHashMap<>();
            q.put("fieldManager", FIELD_MANAGER);
            if (fieldValidation != null) {
                q.put("fieldValidation", fieldValidation);
            }
            if (serverDryRun) {
                q.put("dryRun", "All");
            }
            return q;
        }
    }

    private final Api api;
    private final ObjectMapper json;
    private final LastApplied lastApplied;
    private final PrintStream warnings;
    private final Options options;
    // built once per apply run; each type's schema is made the first time an object of it is patched
    private final Schemas schemas = new Schemas(FieldRules.kubernetes());

    public Applier(Api api, ObjectMapper json, PrintStream warnings, Options options) {
        this.api = api;
        this.json = json;
        this.lastApplied = new LastApplied(json);
        this.warnings = warnings;
        this.options = options;
    }

    /**
     * Applies {@code object} (namespace already set for namespaced types) of {@code type}; {@code source} (the file)
     * is named in server errors other than validation ones, as kubectl names it.
     */
    public Outcome apply(ResourceType<?> type, ObjectNode object, String source) {
        String ns = type.namespaced() ? object.path("metadata").path("namespace").asText() : null;
        String name = object.path("metadata").path("name").asText();
        ObjectNode modified = lastApplied.withAnnotation(object);
        ApiException lastConflict = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<ObjectNode> current = api.find(type, ns, name);
            try {
                if (current.isEmpty()) {
                    if (!options.clientDryRun()) {
                        try {
                            api.create(type, ns, modified, options.query());
                        } catch (ApiException e) {
                            throw e.isAlreadyExists() ? e : withSource(e, "creating", source);
                        }
                    }
                    return Outcome.CREATED;
                }
                ObjectNode original = lastApplied.read(current.get());
                if (original == null) {
                    warnings.println("Warning: resource " + type.qualifiedName() + "/" + name + " is missing the " + LastApplied.ANNOTATION
                            + " annotation which is required by jctl apply. jctl apply should only be used on resources created declaratively"
                            + " by either jctl create --save-config or jctl apply. The missing annotation will be patched automatically.");
                }
                ObjectNode patch = ThreeWayMergePatch.create(original, modified, current.get(), PatchMeta.of(schemas, type.javaType()));
                if (patch.isEmpty()) {
                    return Outcome.UNCHANGED;
                }
                if (!options.clientDryRun()) {
                    try {
                        api.patch(type, ns, name, null, PatchType.STRATEGIC_MERGE, json.writeValueAsString(patch), options.query());
                    } catch (ApiException e) {
                        throw e.isConflict() ? e : withSource(e, "applying patch to", source);
                    }
                }
                return Outcome.CONFIGURED;
            } catch (ApiException e) {
                if (!(e.isConflict() || e.isAlreadyExists())) {
                    throw e;
                }
                lastConflict = e;
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("could not encode the apply patch: " + e.getOriginalMessage(), e);
            }
        }
        throw lastConflict;
    }

    /** kubectl's {@code error when creating "pod.yaml": …}; validation errors keep their own form (details, not message). */
    static ApiException withSource(ApiException e, String verb, String source) {
        if (e.isInvalid() || source == null) {
            return e;
        }
        return new ApiException(e.code(), e.reason(), "error when " + verb + " \"" + source + "\": " + e.getMessage(), e.details());
    }
}
