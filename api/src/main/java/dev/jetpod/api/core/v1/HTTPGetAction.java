package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.intstr.IntOrString;
import java.util.List;

/** core/v1 HTTPGetAction: port is a number or a named container port. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record HTTPGetAction(
        String path,
        IntOrString port,
        String host,
        String scheme,
        List<HTTPHeader> httpHeaders) {
}
