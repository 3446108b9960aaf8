package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.jetpod.api.codec.MicroTimeSerializer;
import java.time.Instant;

/** core/v1 EventSeries: a repeating event, counted instead of recorded again. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EventSeries(
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer count,
        @JsonSerialize(using = MicroTimeSerializer.class) Instant lastObservedTime) {
}
