package dev.jetpod.jctl.cmd;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.jctl.CliException;
import dev.jetpod.jctl.Session;
import dev.jetpod.jctl.api.Kinds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jctl autoscale deployment NAME --min --max --cpu-percent}: creates an autoscaling/v2
 * HorizontalPodAutoscaler named after the target, scaling it on average CPU utilization.
 */
@Command(name = "autoscale", description = "Create an autoscaler for a deployment or replica set.", sortOptions = false)
public final class AutoscaleCommand implements Callable<Integer> {
    private final Session session;

    @Parameters(paramLabel = "TYPE NAME | TYPE/NAME", arity = "1..2")
    List<String> args = new ArrayList<>();

    @Option(names = "--min", defaultValue = "-1", paramLabel = "N", description = "Lower limit of replicas (default: the server's, 1).")
    int min;

    @Option(names = "--max", required = true, paramLabel = "N", description = "Upper limit of replicas.")
    int max;

    @Option(names = "--cpu-percent", defaultValue = "-1", paramLabel = "PERCENT", description = "Target average CPU utilization of the pods.")
    int cpuPercent;

    @Option(names = "--name", paramLabel = "NAME", description = "The autoscaler's name (default: the target's).")
    String name;

    public AutoscaleCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        List<Target> targets = Targets.resolve(session, args, null, session.namespace());
        if (targets.size() != 1 || targets.get(0).names().size() != 1) {
            throw new CliException("autoscale takes exactly one resource: TYPE NAME or TYPE/NAME");
        }
        Target t = targets.get(0);
        ResourceType<?> type = t.type();
        if (!type.hasSubresource("scale")) {
            throw new CliException("cannot autoscale a " + type.kind() + ": it has no scale subresource");
        }
        if (max < 1) {
            throw new CliException("--max=MAXPODS is required and must be at least 1, max pods must be >= 1");
        }
        if (min > max) {
            throw new CliException("--max=MAXPODS must be larger or equal to --min=MINPODS, max: " + max + ", min: " + min);
        }
        String target = t.names().get(0);
        session.api().get(type, t.pathNamespace(), target); // a clear NotFound before creating an autoscaler for nothing
        String hpaName = name == null ? target : name;
        ObjectNode hpa = session.json().createObjectNode();
        hpa.put("apiVersion", Resources.HORIZONTAL_POD_AUTOSCALERS.apiVersion());
        hpa.put("kind", Resources.HORIZONTAL_POD_AUTOSCALERS.kind());
        hpa.putObject("metadata").put("name", hpaName).put("namespace", t.pathNamespace());
        ObjectNode spec = hpa.putObject("spec");
        spec.putObject("scaleTargetRef").put("apiVersion", type.apiVersion()).put("kind", type.kind()).put("name", target);
        if (min >= 0) {
            spec.put("minReplicas", min);
        }
        spec.put("maxReplicas", max);
        if (cpuPercent >= 0) {
            ObjectNode resource = spec.putArray("metrics").addObject().put("type", "Resource").putObject("resource");
            resource.put("name", "cpu");
            resource.putObject("target").put("type", "Utilization").put("averageUtilization", cpuPercent);
        }
        session.api().create(Resources.HORIZONTAL_POD_AUTOSCALERS, t.pathNamespace(), hpa, Map.of("fieldManager", "jctl-autoscale"));
        session.out().println(Kinds.objectName(Resources.HORIZONTAL_POD_AUTOSCALERS, hpaName) + " autoscaled");
        return 0;
    }
}
