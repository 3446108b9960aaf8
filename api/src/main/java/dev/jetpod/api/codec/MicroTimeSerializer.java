package dev.jetpod.api.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * metav1.MicroTime on the wire: RFC 3339 in UTC with exactly six fractional digits
 * ({@code 2024-05-01T10:00:00.123456Z}), as Kubernetes writes Lease renewTime/acquireTime and Event eventTime.
 * Put it on a field with {@code @JsonSerialize(using = MicroTimeSerializer.class)}; reading needs nothing special.
 */
public final class MicroTimeSerializer extends StdSerializer<Instant> {
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    public MicroTimeSerializer() {
        super(Instant.class);
    }

    public static String format(Instant t) {
        return FORMAT.format(t);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(FORMAT.format(value));
    }
}
