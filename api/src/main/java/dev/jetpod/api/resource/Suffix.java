package dev.jetpod.api.resource;

import java.util.Map;

/** What a quantity suffix means: a power of 10 or of 2, and the format the quantity keeps when printed. */
record Suffix(int base, int exponent, Quantity.Format format) {
    private static final Map<String, Integer> DECIMAL = Map.of("n", -9, "u", -6, "m", -3, "", 0, "k", 3, "M", 6, "G", 9, "T", 12, "P", 15, "E", 18);
    private static final Map<String, Integer> BINARY = Map.of("Ki", 10, "Mi", 20, "Gi", 30, "Ti", 40, "Pi", 50, "Ei", 60);
    private static final String[] DECIMAL_BY_EXP = {"n", "u", "m", "", "k", "M", "G", "T", "P", "E"};
    private static final String[] BINARY_BY_POWER = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};

    static Suffix interpret(String s) {
        Integer e = DECIMAL.get(s);
        if (e != null) {
            return new Suffix(10, e, Quantity.Format.DECIMAL_SI);
        }
        e = BINARY.get(s);
        if (e != null) {
            return new Suffix(2, e, Quantity.Format.BINARY_SI);
        }
        if (s.length() > 1 && (s.charAt(0) == 'e' || s.charAt(0) == 'E')) {
            try {
                return new Suffix(10, Integer.parseInt(s.substring(1)), Quantity.Format.DECIMAL_EXPONENT);
            } catch (NumberFormatException ex) {
                throw new QuantityFormatException(QuantityFormatException.SUFFIX);
            }
        }
        throw new QuantityFormatException(QuantityFormatException.SUFFIX);
    }

    /** The DecimalSI suffix for a power of ten that is a multiple of 3, or null when there is none (beyond n..E). */
    static String decimalSi(int exponent) {
        int i = exponent / 3 + 3;
        return exponent % 3 == 0 && i >= 0 && i < DECIMAL_BY_EXP.length ? DECIMAL_BY_EXP[i] : null;
    }

    /** The BinarySI suffix for 1024^power, power 0..6. */
    static String binarySi(int power) {
        return BINARY_BY_POWER[power];
    }

    static int maxBinaryPower() {
        return BINARY_BY_POWER.length - 1;
    }
}
