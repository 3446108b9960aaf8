package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 EnvFromSource: import all keys of a ConfigMap or Secret as environment variables. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EnvFromSource(
        String prefix,
        ConfigMapEnvSource configMapRef,
        SecretEnvSource secretRef) {
}
