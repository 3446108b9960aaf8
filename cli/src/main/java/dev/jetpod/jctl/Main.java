package dev.jetpod.jctl;

/** The process entry point of {@code ./jctl} and {@code bin/jctl}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Io io = Io.system();
        int code = Jctl.run(args, io, true);
        io.out().flush();
        io.err().flush();
        System.exit(code);
    }
}
