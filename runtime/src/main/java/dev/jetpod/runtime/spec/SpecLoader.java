package dev.jetpod.runtime.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.runtime.JsonProblems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;

/** Reads and checks an OCI bundle's config.json; every problem becomes one InvalidSpecException line. */
public final class SpecLoader {
    private static final Set<String> NAMESPACE_TYPES = Set.of("pid", "network", "mount", "ipc", "uts", "cgroup", "user");
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

    /** A bundle's spec with root.path made absolute against the bundle directory. */
    public Spec loadBundle(Path bundle) {
        if (!Files.isDirectory(bundle)) {
            throw new InvalidSpecException("bundle " + bundle + " does not exist or is not a directory");
        }
        Path config = bundle.resolve("config.json");
        Spec spec;
        try {
            spec = parse(Files.readString(config));
        } catch (NoSuchFileException e) {
            throw new InvalidSpecException("bundle " + bundle + " has no config.json");
        } catch (IOException e) {
            throw new InvalidSpecException("could not read " + config + ": " + e.getMessage());
        }
        Path rootfs = bundle.resolve(spec.root().path()).normalize();
        if (!Files.isDirectory(rootfs)) {
            throw new InvalidSpecException("rootfs " + rootfs + " of bundle " + bundle + " is not a directory");
        }
        return spec.withRoot(new Spec.Root(rootfs.toAbsolutePath().toString(), spec.root().readonly()));
    }

    public Spec parse(String text) {
        Spec spec;
        try {
            spec = json.readValue(text, Spec.class);
        } catch (JsonProcessingException e) {
            throw new InvalidSpecException("invalid config.json: " + JsonProblems.describe(e));
        }
        validate(spec);
        return spec;
    }

    public void validate(Spec spec) {
        if (spec == null) {
            throw new InvalidSpecException("invalid config.json: empty document");
        }
        if (spec.ociVersion() == null || !spec.ociVersion().startsWith("1.")) {
            throw new InvalidSpecException("invalid config.json: ociVersion must be 1.x, got " + spec.ociVersion());
        }
        if (spec.root() == null || spec.root().path() == null || spec.root().path().isEmpty()) {
            throw new InvalidSpecException("invalid config.json: root.path is required");
        }
        ProcessSpec p = spec.process();
        if (p == null || p.args() == null || p.args().isEmpty()) {
            throw new InvalidSpecException("invalid config.json: process.args must name a program");
        }
        if (p.cwd() == null || !p.cwd().startsWith("/")) {
            throw new InvalidSpecException("invalid config.json: process.cwd must be an absolute path, got " + p.cwd());
        }
        if (p.capabilities() != null) {
            ProcessSpec.Capabilities c = p.capabilities();
            for (var list : java.util.Arrays.asList(c.bounding(), c.effective(), c.inheritable(), c.permitted(), c.ambient())) {
                Capability.mask(list);
            }
        }
        if (p.rlimits() != null) {
            p.rlimits().forEach(r -> Rlimits.number(r.type()));
        }
        if (spec.mounts() != null) {
            for (Spec.Mount m : spec.mounts()) {
                if (m.destination() == null || !m.destination().startsWith("/")) {
                    throw new InvalidSpecException("invalid config.json: mount destination must be absolute, got " + m.destination());
                }
            }
        }
        if (spec.linux() != null) {
            for (LinuxSpec.Namespace ns : spec.linux().namespaceList()) {
                if (!NAMESPACE_TYPES.contains(ns.type())) {
                    throw new InvalidSpecException("invalid config.json: unknown namespace type '" + ns.type() + "'");
                }
                if (ns.type().equals("user")) {
                    throw new InvalidSpecException("user namespaces are not supported by this runtime");
                }
            }
        }
    }
}
