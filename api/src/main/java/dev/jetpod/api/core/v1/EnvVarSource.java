package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 EnvVarSource: exactly one of the references is set. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EnvVarSource(
        ObjectFieldSelector fieldRef,
        ResourceFieldSelector resourceFieldRef,
        ConfigMapKeySelector configMapKeyRef,
        SecretKeySelector secretKeyRef) {
}
