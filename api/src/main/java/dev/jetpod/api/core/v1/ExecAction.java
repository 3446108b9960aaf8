package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** core/v1 ExecAction: a command run inside the container; exit status 0 is success. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ExecAction(
        List<String> command) {
}
