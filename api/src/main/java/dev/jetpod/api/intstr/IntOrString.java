package dev.jetpod.api.intstr;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * intstr.IntOrString: a JSON number or a JSON string, kept as whichever it was ({@code 8080} vs {@code "8080"} vs
 * {@code "http"} vs {@code "25%"}). Used for ports (a number or a named port) and for maxSurge/maxUnavailable
 * (an absolute number or a percentage).
 */
@JsonSerialize(using = IntOrString.Serializer.class)
@JsonDeserialize(using = IntOrString.Deserializer.class)
public final class IntOrString {
    private final Integer intVal;
    private final String strVal;

    private IntOrString(Integer intVal, String strVal) {
        this.intVal = intVal;
        this.strVal = strVal;
    }

    public static IntOrString of(int value) {
        return new IntOrString(value, null);
    }

    public static IntOrString of(String value) {
        return new IntOrString(null, Objects.requireNonNull(value, "value"));
    }

    public boolean isInt() {
        return intVal != null;
    }

    /** The integer; only when {@link #isInt()}. */
    public int intValue() {
        if (intVal == null) {
            throw new IllegalStateException("IntOrString holds the string \"" + strVal + "\", not an int");
        }
        return intVal;
    }

    /** The string; only when not {@link #isInt()}. */
    public String stringValue() {
        if (strVal == null) {
            throw new IllegalStateException("IntOrString holds the int " + intVal + ", not a string");
        }
        return strVal;
    }

    /** True for a string such as {@code "25%"}. */
    public boolean isPercent() {
        return strVal != null && strVal.endsWith("%");
    }

    /**
     * Like Kubernetes' GetScaledValueFromIntOrPercent: an int is returned as is; {@code "25%"} of {@code total}
     * is rounded up or down as asked. A string that is neither a percentage nor a number is an error.
     */
    public int scaledValue(int total, boolean roundUp) {
        if (intVal != null) {
            return intVal;
        }
        if (!isPercent()) {
            throw new IllegalArgumentException("invalid value for IntOrString: invalid type: string is not a percentage");
        }
        int percent;
        try {
            percent = Integer.parseInt(strVal.substring(0, strVal.length() - 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid value \"" + strVal + "\": " + e.getMessage(), e);
        }
        BigDecimal v = BigDecimal.valueOf((long) percent * total).divide(BigDecimal.valueOf(100), 0, roundUp ? RoundingMode.CEILING : RoundingMode.FLOOR);
        return v.intValueExact();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntOrString other && Objects.equals(intVal, other.intVal) && Objects.equals(strVal, other.strVal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(intVal, strVal);
    }

    @Override
    public String toString() {
        return intVal != null ? intVal.toString() : strVal;
    }

    static final class Serializer extends StdSerializer<IntOrString> {
        Serializer() {
            super(IntOrString.class);
        }

        @Override
        public void serialize(IntOrString value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.intVal != null) {
                gen.writeNumber(value.intVal);
            } else {
                gen.writeString(value.strVal);
            }
        }
    }

    static final class Deserializer extends StdDeserializer<IntOrString> {
        Deserializer() {
            super(IntOrString.class);
        }

        @Override
        public IntOrString deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT) {
                long v = p.getLongValue();
                if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                    return (IntOrString) ctxt.handleWeirdNumberValue(IntOrString.class, v, "out of range for a 32-bit int");
                }
                return of((int) v);
            }
            if (t == JsonToken.VALUE_STRING) {
                return of(p.getText());
            }
            return (IntOrString) ctxt.handleUnexpectedToken(IntOrString.class, p);
        }
    }
}
