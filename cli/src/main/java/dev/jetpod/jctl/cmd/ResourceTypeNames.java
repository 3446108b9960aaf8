package dev.jetpod.jctl.cmd;

import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.api.scheme.Resources;
import java.util.Iterator;
import java.util.TreeSet;

/** What shell completion offers for a TYPE argument: every plural and short name the scheme knows, and "all". */
public final class ResourceTypeNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        TreeSet<String> names = new TreeSet<>();
        for (ResourceType<?> t : Resources.ALL) {
            if (t.hasVerb("get")) {
                names.add(t.plural());
                names.addAll(t.shortNames());
            }
        }
        names.add("all");
        return names.iterator();
    }
}
