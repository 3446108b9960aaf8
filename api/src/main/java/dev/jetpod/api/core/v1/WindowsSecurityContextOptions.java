package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 WindowsSecurityContextOptions (kept so round trips lose nothing). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record WindowsSecurityContextOptions(
        String gmsaCredentialSpecName,
        String gmsaCredentialSpec,
        String runAsUserName,
        Boolean hostProcess) {
}
