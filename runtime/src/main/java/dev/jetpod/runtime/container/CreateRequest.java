package dev.jetpod.runtime.container;

import dev.jetpod.runtime.rootfs.RootfsSource;
import dev.jetpod.runtime.spec.Spec;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One container to create from an OCI spec.
 *
 * @param rootfs      a directory used as it is (spec.root.path) or image layers to stack with overlayfs
 * @param cgroupPath  relative cgroup path, e.g. "jetpod/pod-web/app"
 * @param logFile     CRI log file; empty passes the caller's stdio straight to the container (runc run)
 * @param foreground  the supervisor stays in the caller's session and forwards its signals
 * @param waitForStart false runs the program at once (create and start in one step)
 * @param stdio       descriptors 0-2 for the helper (HelperLauncher.INHERIT / DEV_NULL / a fd)
 */
public record CreateRequest(String id, String sandboxId, Spec spec, Path bundle, RootfsSource rootfs, String cgroupPath,
                            Optional<Path> logFile, boolean foreground, boolean waitForStart, int[] stdio) {
}
