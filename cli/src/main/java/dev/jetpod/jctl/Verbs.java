package dev.jetpod.jctl;

import dev.jetpod.jctl.cmd.AnnotateCommand;
import dev.jetpod.jctl.cmd.ApiResourcesCommand;
import dev.jetpod.jctl.cmd.ApplyCommand;
import dev.jetpod.jctl.cmd.AutoscaleCommand;
import dev.jetpod.jctl.cmd.ClusterInfoCommand;
import dev.jetpod.jctl.cmd.CompletionCommand;
import dev.jetpod.jctl.cmd.ConfigCommand;
import dev.jetpod.jctl.cmd.CreateCommand;
import dev.jetpod.jctl.cmd.DeleteCommand;
import dev.jetpod.jctl.cmd.DescribeCommand;
import dev.jetpod.jctl.cmd.EditCommand;
import dev.jetpod.jctl.cmd.GetCommand;
import dev.jetpod.jctl.cmd.LabelCommand;
import dev.jetpod.jctl.cmd.PatchCommand;
import dev.jetpod.jctl.cmd.RolloutCommand;
import dev.jetpod.jctl.cmd.ScaleCommand;
import dev.jetpod.jctl.cmd.VersionCommand;
import dev.jetpod.jctl.cmd.WaitCommand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verbs, by name, in the order help lists them. picocli builds a command's model by reflection, which costs
 * start-up time per class; {@link #verbIn} lets a run build only the verb it was asked for (help, completion and
 * mistakes still get all of them).
 */
final class Verbs {
    static final Map<String, Class<?>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("get", GetCommand.class);
        ALL.put("describe", DescribeCommand.class);
        ALL.put("apply", ApplyCommand.class);
        ALL.put("create", CreateCommand.class);
        ALL.put("delete", DeleteCommand.class);
        ALL.put("edit", EditCommand.class);
        ALL.put("patch", PatchCommand.class);
        ALL.put("label", LabelCommand.class);
        ALL.put("annotate", AnnotateCommand.class);
        ALL.put("scale", ScaleCommand.class);
        ALL.put("autoscale", AutoscaleCommand.class);
        ALL.put("rollout", RolloutCommand.class);
        ALL.put("wait", WaitCommand.class);
        ALL.put("api-resources", ApiResourcesCommand.class);
        ALL.put("cluster-info", ClusterInfoCommand.class);
        ALL.put("version", VersionCommand.class);
        ALL.put("config", ConfigCommand.class);
        ALL.put("completion", CompletionCommand.class);
    }

    /** Global flags that take a separate value, so the value is not mistaken for the verb. */
    private static final Set<String> GLOBALS_WITH_VALUE = Set.of("--kubeconfig", "--context", "-n", "--namespace", "--v");

    /** Verbs whose work needs every verb's model. */
    private static final Set<String> NEED_ALL = Set.of("completion");

    private Verbs() {
    }

    /** The verb this command line runs, or null when it runs none (help, a typo): then build them all. */
    static String verbIn(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-h") || a.equals("--help")) {
                return null; // the root's help lists every verb
            }
            if (GLOBALS_WITH_VALUE.contains(a)) {
                i++;
            } else if (a.equals("-v") && i + 1 < args.size() && args.get(i + 1).matches("\\d+")) {
                i++;
            } else if (!a.startsWith("-")) {
                return ALL.containsKey(a) && !NEED_ALL.contains(a) ? a : null;
            }
        }
        return null;
    }
}
