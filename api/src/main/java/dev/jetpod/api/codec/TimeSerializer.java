package dev.jetpod.api.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * metav1.Time on the wire: RFC 3339 in UTC with whole seconds ({@code 2024-05-01T10:00:00Z}). Kubernetes drops
 * sub-second precision when it writes a Time, so this does too; {@link Codecs} installs it for every {@link Instant}.
 */
public final class TimeSerializer extends StdSerializer<Instant> {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    /** The last second printed and its text: most times written are "now" (creationTimestamp, managedFields' time). */
    private static volatile Printed last = new Printed(Long.MIN_VALUE, "");

    public TimeSerializer() {
        super(Instant.class);
    }

    public static String format(Instant t) {
        Printed p = last;
        if (p.epochSecond == t.getEpochSecond()) {
            return p.text;
        }
        String text = FORMAT.format(t);
        last = new Printed(t.getEpochSecond(), text);
        return text;
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(format(value));
    }

    private record Printed(long epochSecond, String text) {
    }
}
