package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.jetpod.api.codec.MicroTimeSerializer;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ObjectMeta;
import java.time.Instant;

/** core/v1 Event: something notable that happened to an object. reportingComponent and reportingInstance are always written (defaulted to ""). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Event(
        String apiVersion,
        String kind,
        ObjectMeta metadata,
        ObjectReference involvedObject,
        String reason,
        String message,
        EventSource source,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant firstTimestamp,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant lastTimestamp,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer count,
        String type,
        @JsonInclude(JsonInclude.Include.ALWAYS) @JsonSerialize(using = MicroTimeSerializer.class) Instant eventTime,
        EventSeries series,
        String action,
        ObjectReference related,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reportingComponent,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reportingInstance) implements KubeObject<Event> {
    public static final String API_VERSION = "v1";
    public static final String KIND = "Event";

    /** A new event about {@code involvedObject}; type is "Normal" or "Warning". */
    public static Event of(ObjectMeta metadata, ObjectReference involvedObject, String type, String reason, String message) {
        return new Event(API_VERSION, KIND, metadata, involvedObject, reason, message, null, null, null, null, type, null, null, null, null, "", "");
    }

    @Override
    public Event withTypeMeta(String apiVersion, String kind) {
        return new Event(apiVersion, kind, metadata, involvedObject, reason, message, source, firstTimestamp, lastTimestamp, count, type, eventTime, series, action, related, reportingComponent, reportingInstance);
    }

    @Override
    public Event withMetadata(ObjectMeta v) {
        return new Event(apiVersion, kind, v, involvedObject, reason, message, source, firstTimestamp, lastTimestamp, count, type, eventTime, series, action, related, reportingComponent, reportingInstance);
    }

    public Event withInvolvedObject(ObjectReference v) {
        return new Event(apiVersion, kind, metadata, v, reason, message, source, firstTimestamp, lastTimestamp, count, type, eventTime, series, action, related, reportingComponent, reportingInstance);
    }

    public Event withReason(String v) {
        return new Event(apiVersion, kind, metadata, involvedObject, v, message, source, firstTimestamp, lastTimestamp, count, type, eventTime, series, action, related, reportingComponent, reportingInstance);
    }

    public Event withMessage(String v) {
        return new Event(apiVersion, kind, metadata, involvedObject, reason, v, source, firstTimestamp, lastTimestamp, count, type, eventTime, series, action, related, reportingComponent, reportingInstance);
    }

    public Event withSource(EventSource v) {
        return new Event(apiVersion, kind, metadata, involvedObject, reason, message, v, firstTimestamp, lastTimestamp, count, type, eventTime, series, action, related, reportingComponent, reportingInstance);
    }

    public Event withFirstTimestamp(Instant v) {
        return new Event(apiVersion, kind, metadata, involvedObject, reason, message, source, v, lastTimestamp, count, type, eventTime, series, action, related, reportingComponent, reportingInstance);
    }

    public Event withLastTimestamp(Instant v) {
        return new Event(apiVersion, kind, metadata, involvedObject, reason, message, source, firstTimestamp, v, count, type, eventTime, series, action, related, reportingComponent, reportingInstance);
    }

    public Event withCount(Integer v) {
        return new Event(apiVersion, kind, metadata, involvedObject, reason, message, source, firstTimestamp, lastTimestamp, v, type, eventTime, series, action, related, reportingComponent, reportingInstance);
    }

    public Event withType(String v) {
        return new Event(apiVersion, kind, metadata, involvedObject, reason, message, source, firstTimestamp, lastTimestamp, count, v, eventTime, series, action, related, reportingComponent, reportingInstance);
    }

    public Event withEventTime(Instant v) {
        return new Event(apiVersion, kind, metadata, involvedObject, reason, message, source, firstTimestamp, lastTimestamp, count, type, v, series, action, related, reportingComponent, reportingInstance);
    }

    public Event withSeries(EventSeries v) {
        return new Event(apiVersion, kind, metadata, involvedObject, reason, message, source, firstTimestamp, lastTimestamp, count, type, eventTime, v, action, related, reportingComponent, reportingInstance);
    }

    public Event withAction(String v) {
        return new Event(apiVersion, kind, metadata, involvedObject, reason, message, source, firstTimestamp, lastTimestamp, count, type, eventTime, series, v, related, reportingComponent, reportingInstance);
    }

    public Event withRelated(ObjectReference v) {
        return new Event(apiVersion, kind, metadata, involvedObject, reason, message, source, firstTimestamp, lastTimestamp, count, type, eventTime, series, action, v, reportingComponent, reportingInstance);
    }

    public Event withReportingComponent(String v) {
        return new Event(apiVersion, kind, metadata, involvedObject, reason, message, source, firstTimestamp, lastTimestamp, count, type, eventTime, series, action, related, v, reportingInstance);
    }

    public Event withReportingInstance(String v) {
        return new Event(apiVersion, kind, metadata, involvedObject, reason, message, source, firstTimestamp, lastTimestamp, count, type, eventTime, series, action, related, reportingComponent, v);
    }
}
