package dev.jetpod.runtime.image.oci;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The platform a manifest in an index is built for. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Platform(String architecture, String os, String variant, @JsonProperty("os.version") String osVersion) {
    public static final Platform LINUX_AMD64 = new Platform("amd64", "linux", null, null);

    public boolean matches(Platform wanted) {
        return wanted.os.equals(os) && wanted.architecture.equals(architecture)
                && (wanted.variant == null || wanted.variant.equals(variant));
    }

    @Override
    public String toString() {
        return os + "/" + architecture + (variant != null ? "/" + variant : "");
    }
}
