package dev.jetpod.api.resource;

/**
 * The pieces of a quantity string, split the way Kubernetes' parseQuantityString splits it: an optional sign,
 * the integer digits with leading zeros removed ({@code num}, "0" when there are none), the fraction digits
 * ({@code denom}) and the suffix. Quirks kept on purpose so results match Kubernetes: "1." and ".5" are numbers,
 * "." alone is zero.
 */
record QuantityText(boolean positive, String num, String denom, String suffix) {
    private static final String SUFFIX_LETTERS = "eEinumkKMGTP";

    static QuantityText split(String s) {
        int pos = 0;
        int end = s.length();
        boolean positive = true;
        if (pos < end && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            positive = s.charAt(0) == '+';
            pos++;
        }
        while (pos < end && s.charAt(pos) == '0') {
            pos++;
        }
        if (pos >= end) {
            return new QuantityText(positive, "0", "", "");
        }
        int start = pos;
        while (pos < end && isDigit(s.charAt(pos))) {
            pos++;
        }
        String num = pos == start ? "0" : s.substring(start, pos);
        String denom = "";
        if (pos < end && s.charAt(pos) == '.') {
            pos++;
            int d = pos;
            while (pos < end && isDigit(s.charAt(pos))) {
                pos++;
            }
            denom = s.substring(d, pos);
        }
        int suffixStart = pos;
        while (pos < end && SUFFIX_LETTERS.indexOf(s.charAt(pos)) >= 0) {
            pos++;
        }
        if (pos < end && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) {
            pos++;
        }
        while (pos < end && isDigit(s.charAt(pos))) {
            pos++;
        }
        if (pos < end) {
            throw new QuantityFormatException(QuantityFormatException.FORMAT_WRONG);
        }
        return new QuantityText(positive, num, denom, s.substring(suffixStart));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
