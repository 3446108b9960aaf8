package dev.jetpod.runtime.cli;

import java.util.List;
import java.util.Locale;

/** Signal names (KILL, SIGKILL) and numbers (9) as runc kill accepts them. */
final class Signals {
    private static final List<String> NAMES = List.of("", "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE",
            "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN",
            "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS");

    private Signals() {
    }

    static int parse(String s) {
        String n = s.toUpperCase(Locale.ROOT);
        if (!n.isEmpty() && n.chars().allMatch(Character::isDigit)) {
            int v = Integer.parseInt(n);
            if (v > 0 && v < 65) {
                return v;
            }
        }
        if (n.startsWith("SIG")) {
            n = n.substring(3);
        }
        int i = NAMES.indexOf(n);
        if (i <= 0) {
            throw new IllegalArgumentException("unknown signal '" + s + "'");
        }
        return i;
    }
}
