package dev.jetpod.jctl;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Runs one jctl command line: parses it with picocli, runs the verb, and renders what went wrong as
 * {@link ErrorRenderer} says, with exit code 1 (0 on success). The same entry serves the process
 * ({@link Main}) and the tests, which pass their own {@link Io}.
 */
public final class Jctl {
    private Jctl() {
    }

    public static int run(String[] args, Io io) {
        return run(args, io, false);
    }

    /**
     * @param processExit true when the JVM exits right after (the launcher): the connection is then closed with a
     *                    short bound on the wait (see {@link Session#close(boolean)})
     */
    public static int run(String[] args, Io io, boolean processExit) {
        JctlCommand root = new JctlCommand();
        Session session = new Session(io, root);
        SessionFactory factory = new SessionFactory(session);
        CommandLine cl = new CommandLine(root, factory);
        String verb = Verbs.verbIn(java.util.Arrays.asList(args));
        for (java.util.Map.Entry<String, Class<?>> v : Verbs.ALL.entrySet()) {
            if (verb == null || verb.equals(v.getKey())) {
                cl.addSubcommand(v.getKey(), new CommandLine(v.getValue(), factory));
            }
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(io.out(), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(io.err(), StandardCharsets.UTF_8), true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            out.flush();
            io.out().flush();
            if (!(ex instanceof SilentFailure)) {
                err.println(ErrorRenderer.render(ex));
            }
            if (root.verbosity() >= 1) {
                ex.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            java.util.Optional<String> unknown = UnknownCommand.message(ex, cl);
            if (unknown.isPresent()) {
                err.println(unknown.get());
                err.flush();
                return 1;
            }
            err.println("error: " + ex.getMessage());
            String name = ex.getCommandLine().getCommandSpec().qualifiedName();
            err.println("See '" + name + " --help' for usage.");
            err.flush();
            return 1;
        });
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
            session.close(processExit);
        }
    }

    /** A failure already reported to the user (each of several objects failed, say): exit 1 without another line. */
    public static final class SilentFailure extends RuntimeException {
        public SilentFailure() {
            super("failed", null, false, false);
        }
    }

    /** Builds each command object with the run's {@link Session} when its constructor takes one. */
    private record SessionFactory(Session session) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == JctlCommand.class) {
                throw new IllegalStateException("the root command is built by Jctl");
            }
            try {
                return cls.getDeclaredConstructor(Session.class).newInstance(session);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
