package dev.jetpod.jctl.cmd;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.jctl.CliException;
import dev.jetpod.jctl.Session;
import dev.jetpod.jctl.api.ResourceArgs;
import dev.jetpod.jctl.manifest.Manifest;
import dev.jetpod.jctl.manifest.ManifestReader;
import java.util.ArrayList;
import java.util.List;

/** Builds {@link Target}s from positional arguments or from {@code -f} manifests, as get/delete/label/… share. */
public final class Targets {
    private Targets() {
    }

    /**
     * From {@code TYPE [NAME…]} / {@code TYPE/NAME…}, or from -f when given (then positional arguments are refused).
     *
     * @param namespace the namespace to use, null for all namespaces (-A)
     */
    public static List<Target> resolve(Session session, List<String> args, FileOptions files, String namespace) {
        if (files != null && files.given()) {
            if (!args.isEmpty()) {
                throw new CliException("when -f is given, no resource type or name arguments are allowed");
            }
            return fromManifests(session, read(session, files), namespace);
        }
        List<Target> out = new ArrayList<>();
        for (ResourceArgs.Selection s : ResourceArgs.parse(args, session.kinds())) {
            out.add(new Target(s.type(), s.type().namespaced() ? namespace : null, s.names()));
        }
        return out;
    }

    public static List<Manifest> read(Session session, FileOptions files) {
        return new ManifestReader(session.io(), session.json(), session.yaml()).read(files.files, files.recursive);
    }

    /** One target per object of the manifests, namespaced by the object's own namespace, else the default. */
    public static List<Target> fromManifests(Session session, List<Manifest> manifests, String namespace) {
        List<Target> out = new ArrayList<>();
        for (Manifest m : manifests) {
            ObjectNode o = m.object();
            ResourceType<?> t = session.kinds().forObject(o, m.source());
            String name = o.path("metadata").path("name").asText("");
            if (name.isEmpty()) {
                throw new CliException("error validating " + m.describe() + ": metadata.name is required");
            }
            String ns = o.path("metadata").path("namespace").asText("");
            out.add(new Target(t, t.namespaced() ? (ns.isEmpty() ? namespaceOr(session, namespace) : ns) : null, List.of(name)));
        }
        return out;
    }

    private static String namespaceOr(Session session, String namespace) {
        return namespace != null ? namespace : session.namespace();
    }
}
