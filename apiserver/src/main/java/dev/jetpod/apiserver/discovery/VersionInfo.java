package dev.jetpod.apiserver.discovery;

/** version.Info as GET /version answers it (kubectl version reads major, minor, gitVersion). */
public record VersionInfo(String major, String minor, String gitVersion, String gitCommit, String gitTreeState,
                          String buildDate, String goVersion, String compiler, String platform) {

    /** The Kubernetes API level Jetpod serves, with Jetpod's own build tag. */
    public static VersionInfo current() {
        String commit = ApiServerBuild.commit();
        return new VersionInfo("1", "30", "v1.30.0-jetpod", commit, "clean", ApiServerBuild.buildDate(),
                "java" + Runtime.version().feature(), "javac", "linux/" + arch());
    }

    private static String arch() {
        String a = System.getProperty("os.arch", "amd64");
        return switch (a) {
            case "x86_64", "amd64" -> "amd64";
            case "aarch64" -> "arm64";
            default -> a;
        };
    }
}
