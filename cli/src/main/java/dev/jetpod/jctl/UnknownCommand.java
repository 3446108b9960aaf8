package dev.jetpod.jctl;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;

/**
 * The line for a first word that is no verb, worded as kubectl words it ({@code unknown command "gte" for "jctl"}),
 * with the closest verb as a hint (as cobra picks it: edit distance at most 2, or a verb the word begins). kubectl users will type {@code logs}, {@code exec} and {@code top}: those
 * read from the node agent, which Jetpod does not have yet, and the line says so instead of only "unknown".
 */
final class UnknownCommand {
    private static final Set<String> NEED_NODE_AGENT = Set.of("logs", "exec", "top", "attach", "port-forward", "cp", "debug");

    private UnknownCommand() {
    }

    /** The message when {@code ex} is an unknown first word given to {@code root}; empty for any other parse error. */
    static Optional<String> message(CommandLine.ParameterException ex, CommandLine root) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || u.getCommandLine() != root) {
            return Optional.empty();
        }
        List<String> unmatched = u.getUnmatched();
        if (unmatched.isEmpty() || unmatched.get(0).startsWith("-")) {
            return Optional.empty();
        }
        String word = unmatched.get(0);
        String line = "error: unknown command \"" + word + "\" for \"jctl\"";
        if (NEED_NODE_AGENT.contains(word)) {
            return Optional.of(line + " (" + word + " talks to the node agent, which Jetpod does not have yet)");
        }
        return Optional.of(closest(word, root.getSubcommands().keySet()).map(v -> line + " (did you mean \"" + v + "\"?)").orElse(line));
    }

    static Optional<String> closest(String word, Iterable<String> verbs) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String v : verbs) {
            int d = v.startsWith(word) ? 0 : distance(word, v);
            if (d <= 2 && d < bestDistance) {
                best = v;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(substitution, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
