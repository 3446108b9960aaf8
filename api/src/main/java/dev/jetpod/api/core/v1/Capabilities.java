package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** core/v1 Capabilities: POSIX capability names without the CAP_ prefix (NET_ADMIN, SYS_TIME, ALL). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Capabilities(
        List<String> add,
        List<String> drop) {
}
