package dev.jetpod.jctl.api;

import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.jctl.CliException;
import java.util.ArrayList;
import java.util.List;

/**
 * kubectl's ways of naming what to act on: {@code pods}, {@code pods web db}, {@code pods,services},
 * {@code pod/web svc/api}. Each selection is a type with either names or none (meaning "all, filtered by flags").
 */
public final class ResourceArgs {
    /** One type and the names asked for (empty: every object of the type). */
    public record Selection(ResourceType<?> type, List<String> names) {
        public boolean all() {
            return names.isEmpty();
        }
    }

    private ResourceArgs() {
    }

    public static List<Selection> parse(List<String> args, Kinds kinds) {
        if (args.isEmpty()) {
            throw new CliException("you must specify the type of resource to get. Use \"jctl api-resources\" for a complete list of supported resources");
        }
        List<Selection> out = new ArrayList<>();
        if (args.get(0).contains("/")) {
            for (String a : args) {
                int slash = a.indexOf('/');
                if (slash <= 0 || slash == a.length() - 1) {
                    throw new CliException("arguments in resource/name form must have a single resource and name: \"" + a + "\"");
                }
                ResourceType<?> t = kinds.resolve(a.substring(0, slash));
                String name = a.substring(slash + 1);
                Selection last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && last.type() == t) {
                    List<String> names = new ArrayList<>(last.names());
                    names.add(name);
                    out.set(out.size() - 1, new Selection(t, List.copyOf(names)));
                } else {
                    out.add(new Selection(t, List.of(name)));
                }
            }
            return out;
        }
        String[] types = args.get(0).split(",");
        List<String> names = args.subList(1, args.size());
        for (String n : names) {
            if (n.contains("/")) {
                throw new CliException("there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'jctl get resource/<resource_name>' instead of 'jctl get resource resource/<resource_name>')");
            }
        }
        if (types.length > 1 && !names.isEmpty()) {
            throw new CliException("names can only be given with one resource type: \"" + args.get(0) + "\"");
        }
        for (String t : types) {
            if (t.isEmpty()) {
                continue;
            }
            for (ResourceType<?> rt : kinds.resolveAll(t)) {
                out.add(new Selection(rt, List.copyOf(names)));
            }
        }
        return out;
    }
}
