package dev.jetpod.api.validation;

import java.util.regex.Pattern;

/** Textual IP address and CIDR checks, without DNS look-ups (InetAddress would resolve host names). */
public final class IpAddresses {
    private IpAddresses() {
    }

    private static final Pattern V4 = Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");
    private static final Pattern V6_CHARS = Pattern.compile("[0-9a-fA-F:.]+");

    public static boolean isValid(String s) {
        return isV4(s) || isV6(s);
    }

    public static boolean isV4(String s) {
        return s != null && V4.matcher(s).matches();
    }

    public static boolean isV6(String s) {
        if (s == null || !s.contains(":") || !V6_CHARS.matcher(s).matches()) {
            return false;
        }
        int dbl = s.indexOf("::");
        if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
            return false;
        }
        String[] groups = s.split(":", -1);
        int count = 0;
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            if (g.isEmpty()) {
                continue;
            }
            if (g.contains(".")) {
                // an embedded IPv4 tail counts as two groups
                if (i != groups.length - 1 || !isV4(g)) {
                    return false;
                }
                count += 2;
            } else if (g.length() > 4) {
                return false;
            } else {
                count++;
            }
        }
        return dbl >= 0 ? count < 8 : count == 8 && !s.startsWith(":") && !s.endsWith(":");
    }

    /** {@code 10.244.0.0/16} or {@code fd00::/64}. */
    public static boolean isCidr(String s) {
        if (s == null) {
            return false;
        }
        int slash = s.indexOf('/');
        if (slash < 0) {
            return false;
        }
        String ip = s.substring(0, slash);
        String bits = s.substring(slash + 1);
        if (!bits.matches("[0-9]{1,3}")) {
            return false;
        }
        int n = Integer.parseInt(bits);
        return isV4(ip) ? n <= 32 : isV6(ip) && n <= 128;
    }
}
