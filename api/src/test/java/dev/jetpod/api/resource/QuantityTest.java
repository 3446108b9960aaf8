package dev.jetpod.api.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.api.resource.Quantity.Format;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tables from Kubernetes' documented quantity behaviour (resource.Quantity: parse, canonical form, rounding). */
class QuantityTest {

    @ParameterizedTest(name = "{0} = {1} ({2})")
    @CsvSource({
            // plain and decimal SI
            "0, 0, DECIMAL_SI",
            "0m, 0, DECIMAL_SI",
            "0Ki, 0, BINARY_SI",
            "e3, 0, DECIMAL_EXPONENT",
            "1, 1, DECIMAL_SI",
            "5n, 0.000000005, DECIMAL_SI",
            "4u, 0.000004, DECIMAL_SI",
            "3m, 0.003, DECIMAL_SI",
            "500m, 0.5, DECIMAL_SI",
            "8k, 8000, DECIMAL_SI",
            "50k, 50000, DECIMAL_SI",
            "100M, 100000000, DECIMAL_SI",
            "6G, 6000000000, DECIMAL_SI",
            "5T, 5000000000000, DECIMAL_SI",
            "2P, 2000000000000000, DECIMAL_SI",
            "1E, 1000000000000000000, DECIMAL_SI",
            // binary SI
            "1Ki, 1024, BINARY_SI",
            "7Mi, 7340032, BINARY_SI",
            "1Gi, 1073741824, BINARY_SI",
            "1.5Gi, 1610612736, BINARY_SI",
            "0.5Mi, 524288, BINARY_SI",
            "100.035Ki, 102435.84, BINARY_SI",
            // decimal exponent
            "1e3, 1000, DECIMAL_EXPONENT",
            "1E-3, 0.001, DECIMAL_EXPONENT",
            "1.3E+6, 1300000, DECIMAL_EXPONENT",
            "0.5e-2, 0.005, DECIMAL_EXPONENT",
            // floating-point looking
            "0.5, 0.5, DECIMAL_SI",
            "0.001, 0.001, DECIMAL_SI",
            ".001, 0.001, DECIMAL_SI",
            "1., 1, DECIMAL_SI",
            "1.G, 1000000000, DECIMAL_SI",
            "10.035M, 10035000, DECIMAL_SI",
            // signs
            "+1, 1, DECIMAL_SI",
            "-1, -1, DECIMAL_SI",
            "-1.5Gi, -1610612736, BINARY_SI",
            // rounding up to the nano unit, never to zero
            "3.001n, 0.000000004, DECIMAL_SI",
            "0.0000000001, 0.000000001, DECIMAL_SI",
            "0.00000012345, 0.000000124, DECIMAL_SI",
            "1.1E-9, 0.000000002, DECIMAL_EXPONENT",
            "-0.0000000001, -0.000000001, DECIMAL_SI",
            // binary below 1 becomes decimal
            "0.000000000001Ki, 0.000000002, DECIMAL_SI",
            // binary is capped at 2^63-1
            "9Ei, 9223372036854775807, BINARY_SI",
    })
    void parsesLikeKubernetes(String in, BigDecimal value, Format format) {
        Quantity q = Quantity.parse(in);
        assertEquals(0, value.compareTo(q.toBigDecimal()), () -> in + " parsed to " + q.toBigDecimal());
        assertEquals(format, q.format(), in);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 1", "1 ", "1.1.M", "1+1.0M", "0.1mi", "0.1am", "aoeu", ".5i", "1i", "-3.01i", "-3.01e-", "1Kb", "1e", "1e3.5", "--1"})
    void rejectsWhatKubernetesRejects(String in) {
        QuantityFormatException e = assertThrows(QuantityFormatException.class, () -> Quantity.parse(in));
        assertTrue(e.getMessage().startsWith("quantities must match") || e.getMessage().startsWith("unable to parse"), e.getMessage());
    }

    @Test
    void errorMessagesAreKubernetes() {
        assertEquals("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
                assertThrows(QuantityFormatException.class, () -> Quantity.parse("1.1.M")).getMessage());
        assertEquals("unable to parse quantity's suffix", assertThrows(QuantityFormatException.class, () -> Quantity.parse("0.1mi")).getMessage());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "1000m, 1",
            "0.5, 500m",
            "0.50000, 500m",
            "1.5, 1500m",
            "1536Mi, 1536Mi",
            "1.5Gi, 1536Mi",
            "1024Mi, 1Gi",
            "1000M, 1G",
            "1000, 1k",
            "1500, 1500",
            "1e3, 1e3",
            "1E6, 1E6",
            "1.2e3, 1200",
            "0.5e0, 500e-3",
            "100M, 100M",
            "100Mi, 100Mi",
            "8Ki, 8Ki",
            "2048Ki, 2Mi",
            "0.5Mi, 512Ki",
            ".001Ki, 1024m",
            ".000000001Ki, 1024n",
            ".000000000001Ki, 2n",
            "100.035Ki, 102435840m",
            "0.5Ki, 512",
            "1023Ki, 1023Ki",
            "3.001n, 4n",
            "0m, 0",
            "00, 0",
            "-0.5, -500m",
            "-1024Mi, -1Gi",
            "+1, +1",
            "1000E, 1e21",
            "12E, 12E",
            "1.500k, 1.500k",
            "0.1, 100m",
            "9Ei, 9223372036854775807",
    })
    void printsTheCanonicalFormKubernetesWrites(String in, String canonical) {
        assertEquals(canonical, Quantity.parse(in).toString());
    }

    @Test
    void constructedQuantitiesPrintCanonically() {
        assertEquals("1m", Quantity.ofMilli(1, Format.DECIMAL_SI).toString());
        assertEquals("1", Quantity.ofMilli(1000, Format.DECIMAL_SI).toString());
        assertEquals("1234", Quantity.ofMilli(1234000, Format.DECIMAL_SI).toString());
        assertEquals("1024m", Quantity.ofMilli(1024, Format.BINARY_SI).toString());
        assertEquals("1e3", Quantity.ofMilli(1000000, Format.DECIMAL_EXPONENT).toString());
        assertEquals("1k", Quantity.of(1000, Format.DECIMAL_SI).toString());
        assertEquals("1234k", Quantity.of(1234000, Format.DECIMAL_SI).toString());
        assertEquals("1Ki", Quantity.of(1024, Format.BINARY_SI).toString());
        assertEquals("1Mi", Quantity.of(1024 * 1024, Format.BINARY_SI).toString());
        assertEquals("1025", Quantity.of(1025, Format.BINARY_SI).toString());
        assertEquals("1u", Quantity.ofScaled(1000, -9).toString());
        assertEquals("1", Quantity.ofScaled(1000, -3).toString());
        assertEquals("0", Quantity.ofScaled(0, -9).toString());
        assertEquals("-9010m", Quantity.parse("9.01").negate().toString());
    }

    @Test
    void arithmeticIsExactAndKeepsTheFormat() {
        Quantity q = Quantity.parse("100m").add(Quantity.parse("200m")).add(Quantity.parse("0.7"));
        assertEquals("1", q.toString());
        assertEquals(1000, q.milliValue());
        assertEquals("1536Mi", Quantity.parse("1Gi").add(Quantity.parse("512Mi")).toString());
        assertEquals("900Mi", Quantity.parse("1Gi").subtract(Quantity.parse("124Mi")).toString());
        // a zero receiver takes the other's format
        assertEquals("1Ki", Quantity.ZERO.add(Quantity.parse("1Ki")).toString());
        assertEquals("-1Ki", Quantity.parse("0").subtract(Quantity.parse("1Ki")).toString());
        // adding zero keeps the suffix
        assertEquals("100m", Quantity.parse("100m").add(Quantity.parse("0")).toString());
        assertEquals("1Gi", Quantity.parse("1Gi").subtract(Quantity.parse("0")).toString());
        assertEquals("2500", Quantity.parse("-50").multiply(-50).toString());
        // 0.1 + 0.2 is 0.3 exactly (no floating point)
        assertEquals(Quantity.parse("300m"), Quantity.parse("0.1").add(Quantity.parse("0.2")));
    }

    @Test
    void valuesRoundAwayFromZero() {
        assertEquals(1, Quantity.parse("1m").value());
        assertEquals(-1, Quantity.parse("-1m").value());
        assertEquals(10, Quantity.parse("9.01").value());
        assertEquals(1, Quantity.parse("1n").milliValue());
        assertEquals(250, Quantity.parse("250m").milliValue());
        assertEquals(1073741824000L, Quantity.parse("1Gi").milliValue());
        assertEquals(Long.MAX_VALUE, Quantity.parse("100E").milliValue(), "saturates instead of overflowing");
        assertEquals(1, Quantity.parse("1").scaledValue(0));
        assertEquals(1000, Quantity.parse("1").scaledValue(-3));
        assertEquals(1, Quantity.parse("1n").scaledValue(0));
        assertEquals(10000, Quantity.parse("1").scaledValue(-4));
    }

    @Test
    void comparesAmountsNotSpellings() {
        assertEquals(Quantity.parse("1Gi"), Quantity.parse("1024Mi"));
        assertEquals(Quantity.parse("1Gi").hashCode(), Quantity.parse("1024Mi").hashCode());
        assertEquals(Quantity.parse("1"), Quantity.parse("1000m"));
        assertEquals(Quantity.parse("1").hashCode(), Quantity.parse("1000m").hashCode());
        assertEquals(Quantity.parse("0"), Quantity.parse("0Gi"));
        assertTrue(Quantity.parse("100m").compareTo(Quantity.parse("50m")) > 0);
        assertTrue(Quantity.parse("10000T").compareTo(Quantity.parse("100Gi")) > 0);
        assertNotEquals(Quantity.parse("1G"), Quantity.parse("1Gi"));
    }
}
