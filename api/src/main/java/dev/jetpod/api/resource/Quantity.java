package dev.jetpod.api.resource;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * resource.Quantity: an exact decimal amount of a resource ({@code 500m} CPU, {@code 1Gi} memory), parsed and
 * printed exactly as Kubernetes does.
 *
 * <p>Parsing: an optional sign, digits with an optional fraction, and a suffix: decimal SI ({@code n u m "" k M G T
 * P E}), binary SI ({@code Ki Mi Gi Ti Pi Ei}) or a decimal exponent ({@code e3}, {@code E-6}). Values are rounded
 * up (away from zero) to whole nano units, binary amounts are capped at 2^63-1, and the suffix family decides the
 * {@link Format} used for printing.
 *
 * <p>Printing: the canonical form Kubernetes writes (zero is {@code 0}; {@code 1000m} is {@code 1}; {@code 0.5} is
 * {@code 500m}; {@code 1.5Gi} is {@code 1536Mi}; {@code 1e3} stays {@code 1e3} because its format is
 * DecimalExponent). Like Kubernetes, a parsed string that is already in canonical form is printed back as written.
 *
 * <p>Immutable; {@link #equals} compares amounts (1Gi equals 1024Mi), as Kubernetes' semantic equality does.
 */
@JsonSerialize(using = Quantity.Serializer.class)
@JsonDeserialize(using = Quantity.Deserializer.class)
public final class Quantity implements Comparable<Quantity> {
    /** How a quantity prints; chosen by the suffix it was parsed with. */
    public enum Format { DECIMAL_SI, BINARY_SI, DECIMAL_EXPONENT }

    public static final Quantity ZERO = new Quantity(BigDecimal.ZERO, Format.DECIMAL_SI, null);

    private static final int NANO = -9;
    private static final BigDecimal MAX_BINARY = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal BINARY_LOW = BigDecimal.valueOf(-1024);
    private static final BigDecimal BINARY_HIGH = BigDecimal.valueOf(1024);
    private static final BigInteger KIBI = BigInteger.valueOf(1024);
    /**
     * Quantities parsed before, by their text: immutable, so one instance serves every object that says "100m" (a
     * cluster's pods repeat a handful of requests and limits; each parse costs BigDecimal arithmetic and each instance
     * some 130 bytes that the watch cache would keep per object). Bounded: an unusual variety starts it afresh.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, Quantity> PARSED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_PARSED = 4096;

    private final BigDecimal amount;
    private final Format format;
    /** The text it was parsed from, when Kubernetes would print that text back unchanged; else null. */
    private final String text;
    /**
     * The canonical text once computed (not final: filled on first print; a race computes the same string twice).
     * Every write of an object prints its quantities, and canonical() works with BigIntegers.
     */
    private String printed;

    private Quantity(BigDecimal amount, Format format, String text) {
        this.amount = amount;
        this.format = format;
        this.text = text;
    }

    /** Parses a quantity; throws {@link QuantityFormatException} with Kubernetes' message when it is not one. */
    public static Quantity parse(String s) {
        Quantity known = PARSED.get(s);
        if (known != null) {
            return known;
        }
        Quantity q = parseText(s);
        if (PARSED.size() >= MAX_PARSED) {
            PARSED.clear();
        }
        PARSED.put(s, q);
        return q;
    }

    private static Quantity parseText(String s) {
        if (s.isEmpty()) {
            throw new QuantityFormatException(QuantityFormatException.FORMAT_WRONG);
        }
        if (s.equals("0")) {
            return new Quantity(BigDecimal.ZERO, Format.DECIMAL_SI, "0");
        }
        QuantityText t = QuantityText.split(s);
        Suffix suffix = Suffix.interpret(t.suffix());
        BigDecimal magnitude = new BigDecimal(new BigInteger(t.num() + t.denom()), t.denom().length());
        if (suffix.base() == 10) {
            magnitude = magnitude.scaleByPowerOfTen(suffix.exponent());
        } else {
            magnitude = new BigDecimal(magnitude.unscaledValue().shiftLeft(suffix.exponent()), magnitude.scale());
        }
        Format format = suffix.format();
        if (magnitude.signum() != 0 && magnitude.scale() > -NANO) {
            // "if you want some resources, you should get some": round up to 1n rather than to zero
            magnitude = magnitude.setScale(-NANO, RoundingMode.UP);
        }
        if (format == Format.BINARY_SI && magnitude.compareTo(MAX_BINARY) > 0) {
            magnitude = MAX_BINARY;
        }
        if (format == Format.BINARY_SI && magnitude.signum() > 0 && magnitude.compareTo(BigDecimal.ONE) < 0) {
            format = Format.DECIMAL_SI;
        }
        BigDecimal amount = t.positive() ? magnitude : magnitude.negate();
        return new Quantity(amount, format, keepsText(t, suffix) ? s : null);
    }

    /**
     * Kubernetes' fast path keeps the input text when it is already canonical; these are its conditions, so that a
     * value round-trips through Jetpod as it does through kube-apiserver (e.g. "100M", "1Ki", "1e3" stay as written).
     */
    private static boolean keepsText(QuantityText t, Suffix suffix) {
        String shifted = t.num() + t.denom();
        if (suffix.format() == Format.BINARY_SI) {
            int precision = 15 - t.num().length() - (int) ((float) suffix.exponent() * 3 / 10) - 1;
            if (!t.denom().isEmpty() || precision < 0) {
                return false;
            }
            long value = Long.parseLong(shifted);
            boolean fits = value <= (Long.MAX_VALUE >> suffix.exponent());
            return fits && (value & 0x07) != 0;
        }
        int precision = 18 - shifted.length();
        int scale = suffix.exponent() - t.denom().length();
        return precision >= 0 && scale >= NANO && scale % 3 == 0 && !shifted.endsWith("000") && shifted.charAt(0) != '0';
    }

    /** NewQuantity: an integer amount in the given format. */
    public static Quantity of(long value, Format format) {
        return new Quantity(BigDecimal.valueOf(value), format, null);
    }

    /** NewMilliQuantity: value/1000 in the given format. */
    public static Quantity ofMilli(long milliValue, Format format) {
        return new Quantity(BigDecimal.valueOf(milliValue, 3), format, null);
    }

    /** NewScaledQuantity: value * 10^scale, DecimalSI. */
    public static Quantity ofScaled(long value, int scale) {
        return new Quantity(BigDecimal.valueOf(value).scaleByPowerOfTen(scale), Format.DECIMAL_SI, null);
    }

    public static Quantity of(BigDecimal value, Format format) {
        return new Quantity(value, format, null);
    }

    public BigDecimal toBigDecimal() {
        return amount;
    }

    public Format format() {
        return format;
    }

    public int signum() {
        return amount.signum();
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** The amount rounded up (away from zero) to an integer; saturates at the long range. */
    public long value() {
        return scaledValue(0);
    }

    /** The amount in thousandths, rounded up (away from zero): CPU millicores. Saturates at the long range. */
    public long milliValue() {
        return scaledValue(-3);
    }

    /** ceil(amount / 10^scale) away from zero, e.g. scale -3 for milli, 6 for mega; saturates at the long range. */
    public long scaledValue(int scale) {
        BigInteger v = amount.scaleByPowerOfTen(-scale).setScale(0, RoundingMode.UP).toBigIntegerExact();
        if (v.bitLength() > 63) {
            return v.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return v.longValue();
    }

    /** Sum; keeps this quantity's format unless this is zero, then takes the other's (as Kubernetes' Add does). */
    public Quantity add(Quantity y) {
        return new Quantity(amount.add(y.amount), isZero() ? y.format : format, null);
    }

    public Quantity subtract(Quantity y) {
        return new Quantity(amount.subtract(y.amount), isZero() ? y.format : format, null);
    }

    public Quantity negate() {
        return new Quantity(amount.negate(), format, null);
    }

    public Quantity multiply(long factor) {
        return new Quantity(amount.multiply(BigDecimal.valueOf(factor)), format, null);
    }

    @Override
    public int compareTo(Quantity o) {
        return amount.compareTo(o.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quantity q && amount.compareTo(q.amount) == 0;
    }

    @Override
    public int hashCode() {
        return amount.signum() == 0 ? 0 : amount.stripTrailingZeros().hashCode();
    }

    /** The string Kubernetes would write for this quantity. */
    @Override
    public String toString() {
        if (text != null) {
            return text;
        }
        String p = printed;
        if (p == null) {
            p = canonical();
            printed = p;
        }
        return p;
    }

    private String canonical() {
        if (amount.signum() == 0) {
            return "0";
        }
        Format f = format;
        if (f == Format.BINARY_SI && (isBetweenExclusive(amount) || amount.stripTrailingZeros().scale() > 0)) {
            // small or fractional binary amounts print in decimal so nothing is rounded away
            f = Format.DECIMAL_SI;
        }
        if (f == Format.BINARY_SI) {
            return canonicalBinary();
        }
        BigInteger mantissa = amount.unscaledValue();
        int exponent = -amount.scale();
        while (mantissa.signum() != 0 && mantissa.mod(BigInteger.TEN).signum() == 0) {
            mantissa = mantissa.divide(BigInteger.TEN);
            exponent++;
        }
        while (exponent % 3 != 0) {
            mantissa = mantissa.multiply(BigInteger.TEN);
            exponent--;
        }
        String suffix;
        if (f == Format.DECIMAL_SI) {
            suffix = Suffix.decimalSi(exponent);
            if (suffix == null) {
                // no SI suffix beyond n..E: use an exponent rather than lose the magnitude
                suffix = "e" + exponent;
            }
        } else {
            suffix = exponent == 0 ? "" : "e" + exponent;
        }
        return mantissa + suffix;
    }

    private String canonicalBinary() {
        BigInteger n = amount.toBigIntegerExact();
        int power = 0;
        while (power < Suffix.maxBinaryPower() && n.abs().compareTo(KIBI) >= 0 && n.mod(KIBI).signum() == 0) {
            n = n.divide(KIBI);
            power++;
        }
        return n + Suffix.binarySi(power);
    }

    private static boolean isBetweenExclusive(BigDecimal v) {
        return v.compareTo(BINARY_LOW) > 0 && v.compareTo(BINARY_HIGH) < 0;
    }

    static final class Serializer extends StdSerializer<Quantity> {
        Serializer() {
            super(Quantity.class);
        }

        @Override
        public void serialize(Quantity value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }

    /** Accepts a JSON string or number (YAML {@code cpu: 1}), surrounding whitespace trimmed, as Kubernetes does. */
    static final class Deserializer extends StdDeserializer<Quantity> {
        Deserializer() {
            super(Quantity.class);
        }

        @Override
        public Quantity deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                return (Quantity) ctxt.handleUnexpectedToken(Quantity.class, p);
            }
            String text = p.getText().trim();
            try {
                return parse(text);
            } catch (QuantityFormatException e) {
                throw JsonMappingException.from(p, e.getMessage(), e);
            }
        }
    }
}
