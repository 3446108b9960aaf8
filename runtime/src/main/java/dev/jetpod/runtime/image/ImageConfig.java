package dev.jetpod.runtime.image;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.runtime.image.oci.ConfigFile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The runtime defaults an image supplies (OCI image config's {@code config} object): what runs, with which
 * environment, where and as whom. Lists are never null. {@code user} and {@code workingDir} are "" when unset.
 * {@code exposedPorts} are {@code "<port>/<proto>"} strings.
 */
public record ImageConfig(List<String> entrypoint, List<String> cmd, List<String> env, String workingDir,
                          String user, List<String> exposedPorts, Map<String, String> labels, String stopSignal) {
    public static final ImageConfig EMPTY = new ImageConfig(null, null, null, null, null, null, null, null);

    public ImageConfig {
        entrypoint = entrypoint == null ? List.of() : List.copyOf(entrypoint);
        cmd = cmd == null ? List.of() : List.copyOf(cmd);
        env = env == null ? List.of() : List.copyOf(env);
        workingDir = workingDir == null ? "" : workingDir;
        user = user == null ? "" : user;
        exposedPorts = exposedPorts == null ? List.of() : List.copyOf(exposedPorts);
        labels = labels == null ? Map.of() : Map.copyOf(new TreeMap<>(labels));
        stopSignal = stopSignal == null ? "" : stopSignal;
    }

    /** The process an image runs by default: entrypoint followed by cmd (what Docker and the CRI do). */
    public List<String> defaultArgs() {
        return java.util.stream.Stream.concat(entrypoint.stream(), cmd.stream()).toList();
    }

    public ImageConfig withCmd(List<String> newCmd) {
        return new ImageConfig(entrypoint, newCmd, env, workingDir, user, exposedPorts, labels, stopSignal);
    }

    public ImageConfig withEntrypoint(List<String> newEntrypoint) {
        return new ImageConfig(newEntrypoint, cmd, env, workingDir, user, exposedPorts, labels, stopSignal);
    }

    public ImageConfig withEnv(List<String> newEnv) {
        return new ImageConfig(entrypoint, cmd, newEnv, workingDir, user, exposedPorts, labels, stopSignal);
    }

    public ImageConfig withWorkingDir(String newWorkingDir) {
        return new ImageConfig(entrypoint, cmd, env, newWorkingDir, user, exposedPorts, labels, stopSignal);
    }

    public ImageConfig withUser(String newUser) {
        return new ImageConfig(entrypoint, cmd, env, workingDir, newUser, exposedPorts, labels, stopSignal);
    }

    public ImageConfig withLabels(Map<String, String> newLabels) {
        return new ImageConfig(entrypoint, cmd, env, workingDir, user, exposedPorts, newLabels, stopSignal);
    }

    public ImageConfig withExposedPorts(List<String> newPorts) {
        return new ImageConfig(entrypoint, cmd, env, workingDir, user, newPorts, labels, stopSignal);
    }

    /** From the config blob's {@code config} object (absent → {@link #EMPTY}). */
    public static ImageConfig from(ConfigFile.Container c) {
        if (c == null) {
            return EMPTY;
        }
        List<String> ports = c.exposedPorts() == null ? null : List.copyOf(new TreeMap<>(c.exposedPorts()).keySet());
        return new ImageConfig(c.entrypoint(), c.cmd(), c.env(), c.workingDir(), c.user(), ports, c.labels(), c.stopSignal());
    }

    /** To the config blob's {@code config} object, for images this store writes (import of a rootfs). */
    public ConfigFile.Container toContainer() {
        Map<String, ObjectNode> ports = new LinkedHashMap<>();
        exposedPorts.forEach(p -> ports.put(p, JsonNodeFactory.instance.objectNode()));
        return new ConfigFile.Container(user.isEmpty() ? null : user, ports.isEmpty() ? null : ports,
                env.isEmpty() ? null : env, entrypoint.isEmpty() ? null : entrypoint, cmd.isEmpty() ? null : cmd,
                null, workingDir.isEmpty() ? null : workingDir, labels.isEmpty() ? null : new TreeMap<>(labels),
                stopSignal.isEmpty() ? null : stopSignal);
    }
}
