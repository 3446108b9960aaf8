package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 Volume: a name plus exactly one source. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Volume(
        @JsonInclude(JsonInclude.Include.NON_NULL) String name,
        HostPathVolumeSource hostPath,
        EmptyDirVolumeSource emptyDir,
        SecretVolumeSource secret,
        NFSVolumeSource nfs,
        PersistentVolumeClaimVolumeSource persistentVolumeClaim,
        DownwardAPIVolumeSource downwardAPI,
        ConfigMapVolumeSource configMap,
        ProjectedVolumeSource projected,
        ImageVolumeSource image) {
}
