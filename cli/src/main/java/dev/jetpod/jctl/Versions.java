package dev.jetpod.jctl;

/** jctl's own version, from the jar manifest when packaged; "dev" when run from classes. */
public final class Versions {
    private Versions() {
    }

    public static String client() {
        String v = Versions.class.getPackage().getImplementationVersion();
        return v == null ? "v0.1.0-dev" : "v" + v;
    }
}
