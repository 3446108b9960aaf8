package dev.jetpod.jctl.cmd;

import dev.jetpod.jctl.Session;
import dev.jetpod.jctl.api.Api;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code jctl cluster-info}: where the control plane answers (checked with GET /version) and what it runs. */
@Command(name = "cluster-info", description = "Display the address of the control plane.")
public final class ClusterInfoCommand implements Callable<Integer> {
    private final Session session;

    public ClusterInfoCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Api api = session.api();
        var version = api.getPath("/version", Api.JSON);
        session.out().println("Kubernetes control plane is running at " + api.server());
        session.out().println("  (Jetpod apiserver " + version.path("gitVersion").asText("?") + ", platform " + version.path("platform").asText("?") + ")");
        session.out().println();
        session.out().println("To check more, use 'jctl get --raw /healthz', 'jctl api-resources' or 'jctl get nodes'.");
        return 0;
    }
}
