package dev.jetpod.jctl.cmd;

import dev.jetpod.jctl.CliException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code key=value} and {@code key-} arguments of label and annotate, split from the resource arguments, and
 * applied to a map with kubectl's rules: changing an existing value needs --overwrite; removing a missing key is a
 * warning, not an error.
 */
public final class KeyValueChanges {
    private final Map<String, String> set = new LinkedHashMap<>();
    private final List<String> remove = new ArrayList<>();

    /** The result of applying the changes to one object's map. */
    public record Outcome(Map<String, String> result, boolean changed, List<String> warnings) {
    }

    /** Splits arguments: those with '=' or ending in '-' are changes; the rest name resources. */
    public static KeyValueChanges parse(List<String> args, List<String> resourceArgs, String what) {
        KeyValueChanges c = new KeyValueChanges();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq >= 0) {
                String key = a.substring(0, eq);
                if (key.isEmpty()) {
                    throw new CliException("invalid " + what + " spec: " + a);
                }
                if (c.set.containsKey(key) || c.remove.contains(key)) {
                    throw new CliException("can not both modify and remove the same " + what + " in one command: " + key);
                }
                c.set.put(key, a.substring(eq + 1));
            } else if (a.endsWith("-") && a.length() > 1 && !a.contains("/")) {
                String key = a.substring(0, a.length() - 1);
                if (c.set.containsKey(key)) {
                    throw new CliException("can not both modify and remove the same " + what + " in one command: " + key);
                }
                c.remove.add(key);
            } else if (a.endsWith("-") && a.contains("/") && a.indexOf('/') < a.length() - 1 && looksLikeKey(a)) {
                c.remove.add(a.substring(0, a.length() - 1));
            } else {
                resourceArgs.add(a);
            }
        }
        if (c.set.isEmpty() && c.remove.isEmpty()) {
            throw new CliException("at least one " + what + " update is required");
        }
        return c;
    }

    /** "example.com/owner-" removes a prefixed key; "pod/web" names a resource. */
    private static boolean looksLikeKey(String a) {
        return a.substring(0, a.indexOf('/')).contains(".");
    }

    public Outcome applyTo(Map<String, String> current, boolean overwrite, String what) {
        Map<String, String> out = new LinkedHashMap<>(current);
        List<String> warnings = new ArrayList<>();
        boolean changed = false;
        for (Map.Entry<String, String> e : set.entrySet()) {
            String old = current.get(e.getKey());
            if (old != null && !overwrite && !old.equals(e.getValue())) {
                throw new CliException("'" + e.getKey() + "' already has a value (" + old + "), and --overwrite is false");
            }
            if (!e.getValue().equals(old)) {
                changed = true;
            }
            out.put(e.getKey(), e.getValue());
        }
        for (String key : remove) {
            if (out.remove(key) == null) {
                warnings.add(what + " \"" + key + "\" not found.");
            } else {
                changed = true;
            }
        }
        return new Outcome(out, changed, warnings);
    }

    public Map<String, String> set() {
        return set;
    }

    public List<String> remove() {
        return remove;
    }
}
