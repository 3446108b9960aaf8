package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.resource.Quantity;

/** core/v1 EmptyDirVolumeSource: medium "" (node disk) or Memory (tmpfs). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EmptyDirVolumeSource(
        String medium,
        Quantity sizeLimit) {
}
