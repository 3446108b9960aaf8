package dev.jetpod.apiserver.discovery;

/** What is known about this build at run time (the jar's manifest when packaged; placeholders in a dev tree). */
final class ApiServerBuild {
    private ApiServerBuild() {
    }

    static String commit() {
        String v = ApiServerBuild.class.getPackage().getImplementationVersion();
        return v == null ? "unknown" : v;
    }

    /** When the jar (or class directory) was built, from its modification time. */
    static String buildDate() {
        try {
            java.nio.file.Path p = java.nio.file.Path.of(ApiServerBuild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return java.nio.file.Files.getLastModifiedTime(p).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        } catch (Exception e) {
            return "";
        }
    }
}
