package dev.jetpod.jctl.cmd;

import dev.jetpod.jctl.CliException;
import dev.jetpod.jctl.Session;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jctl completion bash|zsh}: a completion script for every verb and flag, made by picocli's generator. The
 * script works in zsh through bashcompinit, which it loads itself. Usage: {@code source <(jctl completion bash)}.
 */
@Command(name = "completion", description = "Output shell completion code for bash or zsh (source <(jctl completion bash)).")
public final class CompletionCommand implements Callable<Integer> {
    private final Session session;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", arity = "1", description = "bash or zsh")
    String shell;

    public CompletionCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        if (!shell.equals("bash") && !shell.equals("zsh")) {
            throw new CliException("unsupported shell type \"" + shell + "\": use bash or zsh");
        }
        String script = AutoComplete.bash("jctl", spec.root().commandLine());
        session.out().print(script);
        return 0;
    }
}
