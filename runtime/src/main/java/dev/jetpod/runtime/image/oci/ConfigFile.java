package dev.jetpod.runtime.image.oci;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * The image configuration blob (OCI image-spec config.md; Docker's is a superset): platform, the runtime
 * defaults in {@code config}, and the layer diffIDs in {@code rootfs}. Only the fields the runtime uses are
 * typed; pulled configs are stored byte for byte, so nothing else is lost.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConfigFile(String created, String architecture, String os, String variant,
                         Container config, RootFs rootfs, List<History> history) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Container(@JsonProperty("User") String user,
                            @JsonProperty("ExposedPorts") Map<String, ObjectNode> exposedPorts,
                            @JsonProperty("Env") List<String> env,
                            @JsonProperty("Entrypoint") List<String> entrypoint,
                            @JsonProperty("Cmd") List<String> cmd,
                            @JsonProperty("Volumes") Map<String, ObjectNode> volumes,
                            @JsonProperty("WorkingDir") String workingDir,
                            @JsonProperty("Labels") Map<String, String> labels,
                            @JsonProperty("StopSignal") String stopSignal) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RootFs(String type, @JsonProperty("diff_ids") List<String> diffIds) {
        public List<String> diffIds() {
            return diffIds == null ? List.of() : diffIds;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record History(String created, @JsonProperty("created_by") String createdBy, String comment,
                          @JsonProperty("empty_layer") Boolean emptyLayer) {
    }
}
