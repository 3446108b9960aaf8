package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 SecurityContext (per container); overrides the pod's where both are set. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SecurityContext(
        Capabilities capabilities,
        Boolean privileged,
        SELinuxOptions seLinuxOptions,
        WindowsSecurityContextOptions windowsOptions,
        Long runAsUser,
        Long runAsGroup,
        Boolean runAsNonRoot,
        Boolean readOnlyRootFilesystem,
        Boolean allowPrivilegeEscalation,
        String procMount,
        SeccompProfile seccompProfile,
        AppArmorProfile appArmorProfile) {
}
