package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** core/v1 PodSecurityContext: defaults for every container of the pod. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PodSecurityContext(
        SELinuxOptions seLinuxOptions,
        WindowsSecurityContextOptions windowsOptions,
        Long runAsUser,
        Long runAsGroup,
        Boolean runAsNonRoot,
        List<Long> supplementalGroups,
        String supplementalGroupsPolicy,
        Long fsGroup,
        List<Sysctl> sysctls,
        String fsGroupChangePolicy,
        SeccompProfile seccompProfile,
        AppArmorProfile appArmorProfile,
        String seLinuxChangePolicy) {
}
