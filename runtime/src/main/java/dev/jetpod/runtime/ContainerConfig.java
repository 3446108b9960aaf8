package dev.jetpod.runtime;

import dev.jetpod.runtime.cgroup.CgroupResources;
import dev.jetpod.runtime.image.Image;
import dev.jetpod.runtime.image.ImageConfig;
import dev.jetpod.runtime.rootfs.ImageUser;
import dev.jetpod.runtime.spec.InvalidSpecException;
import dev.jetpod.runtime.rootfs.RootfsSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the node agent asks for, in Kubernetes terms (a container of a pod). The runtime turns it into an
 * OCI spec with Docker's defaults (capabilities, masked paths, /dev, ...).
 *
 * @param sandboxId  the pod sandbox whose namespaces the container joins; empty for a standalone container
 * @param imageId    the image the layers come from; the runtime holds it in the image store while the container exists
 * @param command    the full argv (image entrypoint + cmd already merged by the caller)
 * @param user       uid, gid and supplementary groups (runAsUser, runAsGroup, supplementalGroups)
 * @param logPath    where the CRI log goes; empty for &lt;state&gt;/containers/&lt;id&gt;/container.log
 * @param noNewPrivileges  Kubernetes' allowPrivilegeEscalation=false
 */
public record ContainerConfig(String id, Optional<String> sandboxId, Optional<String> imageId, RootfsSource rootfs, List<String> command,
                              List<String> env, String workingDir, User user, List<String> capabilitiesAdd,
                              List<String> capabilitiesDrop, boolean readOnlyRootfs, List<Volume> volumes,
                              CgroupResources resources, Optional<Path> logPath, Map<String, String> annotations,
                              boolean noNewPrivileges) {

    public record User(long uid, long gid, List<Long> supplementalGroups) {
        public static final User ROOT = new User(0, 0, List.of());
    }

    /** A bind mount from the host into the container. */
    public record Volume(Path hostPath, String containerPath, boolean readOnly) {
    }

    public static Builder builder(String id, RootfsSource rootfs, List<String> command) {
        return new Builder(id, rootfs, command);
    }

    /**
     * A container of an image, Kubernetes-style: {@code command} replaces the image's entrypoint and
     * {@code args} its cmd (a command without args drops the image's cmd); env adds to the image's;
     * working dir and user come from the image.
     */
    public static Builder fromImage(String id, Image image, List<String> command, List<String> args) {
        ImageConfig c = image.config();
        List<String> argv = new ArrayList<>(command.isEmpty() ? c.entrypoint() : command);
        argv.addAll(!args.isEmpty() ? args : command.isEmpty() ? c.cmd() : List.of());
        if (argv.isEmpty()) {
            throw new InvalidSpecException("image " + image.id() + " has no entrypoint or cmd and none was given");
        }
        List<String> env = new ArrayList<>(c.env());
        if (env.stream().noneMatch(e -> e.startsWith("PATH="))) {
            env.add(0, "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        }
        Builder b = new Builder(id, new RootfsSource.Layers(image.layerDirs()), argv).env(env)
                .user(ImageUser.resolve(c.user(), image.layerDirs()));
        b.imageId = Optional.of(image.id());
        if (!c.workingDir().isEmpty()) {
            b.workingDir(c.workingDir());
        }
        return b;
    }

    /** Builds a config with the defaults of a plain `docker run`: root, "/", no limits. */
    public static final class Builder {
        private final String id;
        private final RootfsSource rootfs;
        private final List<String> command;
        private Optional<String> sandboxId = Optional.empty();
        private Optional<String> imageId = Optional.empty();
        private List<String> env = List.of("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        private String workingDir = "/";
        private User user = User.ROOT;
        private List<String> capAdd = List.of(), capDrop = List.of();
        private boolean readOnlyRootfs;
        private List<Volume> volumes = List.of();
        private CgroupResources resources = CgroupResources.NONE;
        private Optional<Path> logPath = Optional.empty();
        private Map<String, String> annotations = Map.of();
        private boolean noNewPrivileges;

        private Builder(String id, RootfsSource rootfs, List<String> command) {
            this.id = id;
            this.rootfs = rootfs;
            this.command = List.copyOf(command);
        }

        public Builder sandbox(String s) { sandboxId = Optional.of(s); return this; }
        public Builder env(List<String> e) { env = List.copyOf(e); return this; }
        /** Adds variables after the current ones (a later duplicate wins in the process). */
        public Builder addEnv(List<String> e) { List<String> all = new ArrayList<>(env); all.addAll(e); env = List.copyOf(all); return this; }
        public Builder workingDir(String w) { workingDir = w; return this; }
        public Builder user(User u) { user = u; return this; }
        public Builder capabilities(List<String> add, List<String> drop) { capAdd = List.copyOf(add); capDrop = List.copyOf(drop); return this; }
        public Builder readOnlyRootfs(boolean r) { readOnlyRootfs = r; return this; }
        public Builder volumes(List<Volume> v) { volumes = List.copyOf(v); return this; }
        public Builder resources(CgroupResources r) { resources = r; return this; }
        public Builder logPath(Path p) { logPath = Optional.of(p); return this; }
        public Builder annotations(Map<String, String> a) { annotations = Map.copyOf(a); return this; }
        public Builder noNewPrivileges(boolean n) { noNewPrivileges = n; return this; }

        public ContainerConfig build() {
            return new ContainerConfig(id, sandboxId, imageId, rootfs, command, env, workingDir, user, capAdd, capDrop,
                    readOnlyRootfs, volumes, resources, logPath, annotations, noNewPrivileges);
        }
    }
}
