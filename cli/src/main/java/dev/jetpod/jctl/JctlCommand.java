package dev.jetpod.jctl;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root command: the global flags every verb accepts (before or after the verb, as with kubectl), and the verbs.
 * Flags land here whichever subcommand they were typed after ({@link ScopeType#INHERIT}); {@link Session} reads them.
 * The verbs are added by {@link Jctl} from {@link Verbs}.
 */
@Command(name = "jctl", mixinStandardHelpOptions = false, usageHelpAutoWidth = true,
        description = "jctl controls a Jetpod cluster (and any Kubernetes apiserver) through its API.")
public final class JctlCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--kubeconfig", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "Path to the kubeconfig file (else $KUBECONFIG, else $JETPOD_HOME/kubeconfig, else ~/.kube/config).")
    Path kubeconfig;

    @Option(names = "--context", scope = ScopeType.INHERIT, paramLabel = "NAME", description = "The kubeconfig context to use.")
    String context;

    @Option(names = {"-n", "--namespace"}, scope = ScopeType.INHERIT, paramLabel = "NS",
            description = "The namespace for this request (else the context's, else \"default\").")
    String namespace;

    @Option(names = "-v", arity = "0..1", fallbackValue = "1", scope = ScopeType.INHERIT, paramLabel = "N",
            description = "Verbosity: -v shows stack traces of errors, -v=6 logs each request, -v=8 also response bodies.")
    Integer shortVerbosity;

    @Option(names = "--v", scope = ScopeType.INHERIT, paramLabel = "N", hidden = true)
    Integer longVerbosity;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "Show help for a command.")
    boolean help;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public Path kubeconfig() {
        return kubeconfig;
    }

    public String context() {
        return context;
    }

    public String namespace() {
        return namespace == null || namespace.isEmpty() ? null : namespace;
    }

    public int verbosity() {
        int a = shortVerbosity == null ? 0 : shortVerbosity;
        int b = longVerbosity == null ? 0 : longVerbosity;
        return Math.max(a, b);
    }
}
