package dev.jetpod.apiserver.fieldvalidation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.schema.Schemas;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.apiserver.http.RequestBodyReader;
import dev.jetpod.apiserver.metrics.ApiMetrics;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.util.List;

/**
 * Server-side field validation ({@code ?fieldValidation=Strict|Warn|Ignore}) for create, update and patch: finds
 * the fields of a body its type does not declare and the keys given twice, then rejects the request (Strict: 400
 * naming every one, as kube-apiserver's strict decoding error does), answers with one {@code Warning: 299} header
 * per problem (Warn, the default; kubectl prints them), or says nothing (Ignore). Unknown fields are dropped from
 * the stored object in every mode but Strict, which stores nothing.
 */
public final class FieldValidator {
    private final Schemas schemas;
    private final JsonFactory json;
    private final JsonFactory yaml;
    private final ApiMetrics metrics;

    public FieldValidator(Schemas schemas, JsonFactory json, JsonFactory yaml, ApiMetrics metrics) {
        this.schemas = schemas;
        this.json = json;
        this.yaml = yaml;
        this.metrics = metrics;
    }

    /** A create or update body (the whole object). */
    public void checkObject(HttpServerRequest req, ResourceType<?> type, String optionsKind, Buffer body, JsonNode tree) {
        FieldValidation mode = FieldValidation.parse(req.getParam("fieldValidation"), optionsKind);
        if (mode == FieldValidation.IGNORE) {
            return;
        }
        List<String> duplicates = DuplicateFields.of(body.getBytes(), factoryFor(req.getHeader("Content-Type")));
        List<String> unknown = UnknownFields.of(tree, schemas.of(type.javaType()));
        report(req.response(), mode, type, FieldProblems.of(unknown, duplicates));
    }

    /** Keys given twice in a patch document (its unknown fields are judged on the patched object). */
    public void checkPatchDocument(HttpServerRequest req, ResourceType<?> type, Buffer patch) {
        FieldValidation mode = FieldValidation.parse(req.getParam("fieldValidation"), "PatchOptions");
        if (mode == FieldValidation.IGNORE) {
            return;
        }
        report(req.response(), mode, type, FieldProblems.of(List.of(), DuplicateFields.of(patch.getBytes(), factoryFor(req.getHeader("Content-Type")))));
    }

    /** The object a patch produced: the fields the patch added that the type does not declare. */
    public void checkPatched(HttpServerRequest req, ResourceType<?> type, JsonNode patched) {
        FieldValidation mode = FieldValidation.parse(req.getParam("fieldValidation"), "PatchOptions");
        if (mode == FieldValidation.IGNORE) {
            return;
        }
        report(req.response(), mode, type, FieldProblems.of(UnknownFields.of(patched, schemas.of(type.javaType())), List.of()));
    }

    private void report(HttpServerResponse response, FieldValidation mode, ResourceType<?> type, FieldProblems problems) {
        if (problems.isEmpty()) {
            return;
        }
        metrics.fieldValidationProblems(mode.wireName(), problems.messages().size());
        if (mode == FieldValidation.STRICT) {
            throw ApiException.badRequest(type.kind() + " in version \"" + type.version() + "\" cannot be handled as a " + type.kind()
                    + ": strict decoding error: " + String.join(", ", problems.messages()));
        }
        List<String> existing = response.headers().getAll("Warning");
        for (String m : problems.messages()) {
            String header = Warnings.header(m);
            // a patch re-applied after a lost race finds the same problems again: warn once
            if (!existing.contains(header)) {
                response.headers().add("Warning", header);
            }
        }
    }

    private JsonFactory factoryFor(String contentType) {
        String media = RequestBodyReader.mediaType(contentType);
        return media.equals(RequestBodyReader.YAML) || media.equals("application/apply-patch+yaml") ? yaml : json;
    }
}
