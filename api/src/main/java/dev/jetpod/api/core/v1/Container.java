package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** core/v1 Container: one process image in a pod, as the user writes it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Container(
        @JsonInclude(JsonInclude.Include.NON_NULL) String name,
        String image,
        List<String> command,
        List<String> args,
        String workingDir,
        List<ContainerPort> ports,
        List<EnvFromSource> envFrom,
        List<EnvVar> env,
        ResourceRequirements resources,
        List<ContainerResizePolicy> resizePolicy,
        String restartPolicy,
        List<VolumeMount> volumeMounts,
        List<VolumeDevice> volumeDevices,
        Probe livenessProbe,
        Probe readinessProbe,
        Probe startupProbe,
        Lifecycle lifecycle,
        String terminationMessagePath,
        String terminationMessagePolicy,
        String imagePullPolicy,
        SecurityContext securityContext,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean stdin,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean stdinOnce,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean tty) {
    /** A container with just a name and an image; the rest through {@code with…}. */
    public static Container of(String name, String image) {
        return new Container(name, image, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public Container withName(String v) {
        return new Container(v, image, command, args, workingDir, ports, envFrom, env, resources, resizePolicy, restartPolicy, volumeMounts, volumeDevices, livenessProbe, readinessProbe, startupProbe, lifecycle, terminationMessagePath, terminationMessagePolicy, imagePullPolicy, securityContext, stdin, stdinOnce, tty);
    }

    public Container withImage(String v) {
        return new Container(name, v, command, args, workingDir, ports, envFrom, env, resources, resizePolicy, restartPolicy, volumeMounts, volumeDevices, livenessProbe, readinessProbe, startupProbe, lifecycle, terminationMessagePath, terminationMessagePolicy, imagePullPolicy, securityContext, stdin, stdinOnce, tty);
    }

    public Container withCommand(List<String> v) {
        return new Container(name, image, v, args, workingDir, ports, envFrom, env, resources, resizePolicy, restartPolicy, volumeMounts, volumeDevices, livenessProbe, readinessProbe, startupProbe, lifecycle, terminationMessagePath, terminationMessagePolicy, imagePullPolicy, securityContext, stdin, stdinOnce, tty);
    }

    public Container withArgs(List<String> v) {
        return new Container(name, image, command, v, workingDir, ports, envFrom, env, resources, resizePolicy, restartPolicy, volumeMounts, volumeDevices, livenessProbe, readinessProbe, startupProbe, lifecycle, terminationMessagePath, terminationMessagePolicy, imagePullPolicy, securityContext, stdin, stdinOnce, tty);
    }

    public Container withWorkingDir(String v) {
        return new Container(name, image, command, args, v, ports, envFrom, env, resources, resizePolicy, restartPolicy, volumeMounts, volumeDevices, livenessProbe, readinessProbe, startupProbe, lifecycle, terminationMessagePath, terminationMessagePolicy, imagePullPolicy, securityContext, stdin, stdinOnce, tty);
    }

    public Container withPorts(List<ContainerPort> v) {
        return new Container(name, image, command, args, workingDir, v, envFrom, env, resources, resizePolicy, restartPolicy, volumeMounts, volumeDevices, livenessProbe, readinessProbe, startupProbe, lifecycle, terminationMessagePath, terminationMessagePolicy, imagePullPolicy, securityContext, stdin, stdinOnce, tty);
    }

    public Container withEnvFrom(List<EnvFromSource> v) {
        return new Container(name, image, command, args, workingDir, ports, v, env, resources, resizePolicy, restartPolicy, volumeMounts, volumeDevices, livenessProbe, readinessProbe, startupProbe, lifecycle, terminationMessagePath, terminationMessagePolicy, imagePullPolicy, securityContext, stdin, stdinOnce, tty);
    }

    public Container withEnv(List<EnvVar> v) {
        return new Container(name, image, command, args, workingDir, ports, envFrom, v, resources, resizePolicy, restartPolicy, volumeMounts, volumeDevices, livenessProbe, readinessProbe, startupProbe, lifecycle, terminationMessagePath, terminationMessagePolicy, imagePullPolicy, securityContext, stdin, stdinOnce, tty);
    }

    public Container withResources(ResourceRequirements v) {
        return new Container(name, image, command, args, workingDir, ports, envFrom, env, v, resizePolicy, restartPolicy, volumeMounts, volumeDevices, livenessProbe, readinessProbe, startupProbe, lifecycle, terminationMessagePath, terminationMessagePolicy, imagePullPolicy, securityContext, stdin, stdinOnce, tty);
    }

    public Container withResizePolicy(List<ContainerResizePolicy> v) {
        return new Container(name, image, command, args, workingDir, ports, envFrom, env, resources, v, restartPolicy, volumeMounts, volumeDevices, livenessProbe, readinessProbe, startupProbe, lifecycle, terminationMessagePath, terminationMessagePolicy, imagePullPolicy, securityContext, stdin, stdinOnce, tty);
    }

    public Container withRestartPolicy(String v) {
        return new Container(name, image, command, args, workingDir, ports, envFrom, env, resources, resizePolicy, v, volumeMounts, volumeDevices, livenessProbe, readinessProbe, startupProbe, lifecycle, terminationMessagePath, terminationMessagePolicy, imagePullPolicy, securityContext, stdin, stdinOnce, tty);
    }

    public Container withVolumeMounts(List<VolumeMount> v) {
        return new Container(name, image, command, args, workingDir, ports, envFrom, env, resources, resizePolicy, restartPolicy, v, volumeDevices, livenessProbe, readinessProbe, startupProbe, lifecycle, terminationMessagePath, terminationMessagePolicy, imagePullPolicy, securityContext, stdin, stdinOnce, tty);
    }

    public Container withVolumeDevices(List<VolumeDevice> v) {
        return new Container(name, image, command, args, workingDir, ports, envFrom, env, resources, resizePolicy, restartPolicy, volumeMounts, v, livenessProbe, readinessProbe, startupProbe, lifecycle, terminationMessagePath, terminationMessagePolicy, imagePullPolicy, securityContext, stdin, stdinOnce, tty);
    }

    public Container withLivenessProbe(Probe v) {
        return new Container(name, image, command, args, workingDir, ports, envFrom, env, resources, resizePolicy, restartPolicy, volumeMounts, volumeDevices, v, readinessProbe, startupProbe, lifecycle, terminationMessagePath, terminationMessagePolicy, imagePullPolicy, securityContext, stdin, stdinOnce, tty);
    }

    public Container withReadinessProbe(Probe v) {
        return new Container(name, image, command, args, workingDir, ports, envFrom, env, resources, resizePolicy, restartPolicy, volumeMounts, volumeDevices, livenessProbe, v, startupProbe, lifecycle, terminationMessagePath, terminationMessagePolicy, imagePullPolicy, securityContext, stdin, stdinOnce, tty);
    }

    public Container withStartupProbe(Probe v) {
        return new Container(name, image, command, args, workingDir, ports, envFrom, env, resources, resizePolicy, restartPolicy, volumeMounts, volumeDevices, livenessProbe, readinessProbe, v, lifecycle, terminationMessagePath, terminationMessagePolicy, imagePullPolicy, securityContext, stdin, stdinOnce, tty);
    }

    public Container withLifecycle(Lifecycle v) {
        return new Container(name, image, command, args, workingDir, ports, envFrom, env, resources, resizePolicy, restartPolicy, volumeMounts, volumeDevices, livenessProbe, readinessProbe, startupProbe, v, terminationMessagePath, terminationMessagePolicy, imagePullPolicy, securityContext, stdin, stdinOnce, tty);
    }

    public Container withTerminationMessagePath(String v) {
        return new Container(name, image, command, args, workingDir, ports, envFrom, env, resources, resizePolicy, restartPolicy, volumeMounts, volumeDevices, livenessProbe, readinessProbe, startupProbe, lifecycle, v, terminationMessagePolicy, imagePullPolicy, securityContext, stdin, stdinOnce, tty);
    }

    public Container withTerminationMessagePolicy(String v) {
        return new Container(name, image, command, args, workingDir, ports, envFrom, env, resources, resizePolicy, restartPolicy, volumeMounts, volumeDevices, livenessProbe, readinessProbe, startupProbe, lifecycle, terminationMessagePath, v, imagePullPolicy, securityContext, stdin, stdinOnce, tty);
    }

    public Container withImagePullPolicy(String v) {
        return new Container(name, image, command, args, workingDir, ports, envFrom, env, resources, resizePolicy, restartPolicy, volumeMounts, volumeDevices, livenessProbe, readinessProbe, startupProbe, lifecycle, terminationMessagePath, terminationMessagePolicy, v, securityContext, stdin, stdinOnce, tty);
    }

    public Container withSecurityContext(SecurityContext v) {
        return new Container(name, image, command, args, workingDir, ports, envFrom, env, resources, resizePolicy, restartPolicy, volumeMounts, volumeDevices, livenessProbe, readinessProbe, startupProbe, lifecycle, terminationMessagePath, terminationMessagePolicy, imagePullPolicy, v, stdin, stdinOnce, tty);
    }

    public Container withStdin(Boolean v) {
        return new Container(name, image, command, args, workingDir, ports, envFrom, env, resources, resizePolicy, restartPolicy, volumeMounts, volumeDevices, livenessProbe, readinessProbe, startupProbe, lifecycle, terminationMessagePath, terminationMessagePolicy, imagePullPolicy, securityContext, v, stdinOnce, tty);
    }

    public Container withStdinOnce(Boolean v) {
        return new Container(name, image, command, args, workingDir, ports, envFrom, env, resources, resizePolicy, restartPolicy, volumeMounts, volumeDevices, livenessProbe, readinessProbe, startupProbe, lifecycle, terminationMessagePath, terminationMessagePolicy, imagePullPolicy, securityContext, stdin, v, tty);
    }

    public Container withTty(Boolean v) {
        return new Container(name, image, command, args, workingDir, ports, envFrom, env, resources, resizePolicy, restartPolicy, volumeMounts, volumeDevices, livenessProbe, readinessProbe, startupProbe, lifecycle, terminationMessagePath, terminationMessagePolicy, imagePullPolicy, securityContext, stdin, stdinOnce, v);
    }

    public List<String> commandOrEmpty() {
        return command == null ? List.of() : command;
    }

    public List<String> argsOrEmpty() {
        return args == null ? List.of() : args;
    }

    public List<ContainerPort> portsOrEmpty() {
        return ports == null ? List.of() : ports;
    }

    public List<EnvFromSource> envFromOrEmpty() {
        return envFrom == null ? List.of() : envFrom;
    }

    public List<EnvVar> envOrEmpty() {
        return env == null ? List.of() : env;
    }

    public List<ContainerResizePolicy> resizePolicyOrEmpty() {
        return resizePolicy == null ? List.of() : resizePolicy;
    }

    public List<VolumeMount> volumeMountsOrEmpty() {
        return volumeMounts == null ? List.of() : volumeMounts;
    }

    public List<VolumeDevice> volumeDevicesOrEmpty() {
        return volumeDevices == null ? List.of() : volumeDevices;
    }
}
