package dev.jetpod.runtime.image.oci;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/** An image index (OCI) or manifest list (Docker): manifests per platform; also an OCI layout's index.json. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Index(int schemaVersion, String mediaType, List<Descriptor> manifests, Map<String, String> annotations) {
    public List<Descriptor> manifests() {
        return manifests == null ? List.of() : manifests;
    }
}
