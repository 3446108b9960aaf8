package dev.jetpod.api.core.v1;

import java.util.Arrays;
import java.util.Map;

/** Content equality for the {@code Map<String, byte[]>} fields of Secret and ConfigMap (records compare arrays by identity). */
public final class ByteMaps {
    private ByteMaps() {
    }

    public static boolean equal(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<String, byte[]> e : a.entrySet()) {
            if (!b.containsKey(e.getKey()) || !Arrays.equals(e.getValue(), b.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    public static int hash(Map<String, byte[]> m) {
        if (m == null) {
            return 0;
        }
        int h = 0;
        for (Map.Entry<String, byte[]> e : m.entrySet()) {
            h += e.getKey().hashCode() ^ Arrays.hashCode(e.getValue());
        }
        return h;
    }
}
