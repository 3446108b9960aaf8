package dev.jetpod.runtime.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.runtime.container.ContainerStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "list", description = "list containers")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = {"-q", "--quiet"}, description = "ids only")
    boolean quiet;

    @Option(names = {"-f", "--format"}, defaultValue = "table", description = "table or json")
    String format;

    @Override
    public Integer call() throws Exception {
        List<ContainerStatus> all = main.runtime().list();
        if (quiet) {
            all.forEach(s -> System.out.println(s.id()));
        } else if (format.equals("json")) {
            System.out.println(new ObjectMapper().writeValueAsString(all.stream().map(OciState::of).toList()));
        } else {
            System.out.printf("%-24s %-8s %-10s %-40s %s%n", "ID", "PID", "STATUS", "BUNDLE", "CREATED");
            for (ContainerStatus s : all) {
                System.out.printf("%-24s %-8d %-10s %-40s %s%n", s.id(), s.pid(), s.state().ociName(),
                        s.bundle() == null ? "" : s.bundle(), s.createdAt());
            }
        }
        return 0;
    }
}
