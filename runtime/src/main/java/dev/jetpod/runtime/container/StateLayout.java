package dev.jetpod.runtime.container;

import dev.jetpod.runtime.spec.InvalidSpecException;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The state directory (runc's --root):
 * <pre>
 *   bin/jetpod-helper-&lt;digest&gt;
 *   containers/&lt;id&gt;/ state.json config.json start(fifo) exit helper.log container.log [rootfs/ upper/ work/]
 *   sandboxes/&lt;id&gt;/ sandbox.json ns/{net,ipc,uts,pid}
 * </pre>
 */
public record StateLayout(Path root) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");

    public static String checkId(String kind, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidSpecException("invalid " + kind + " id '" + id + "': use letters, digits, '.', '_', '-' (max 128)");
        }
        return id;
    }

    public Path containers() {
        return root.resolve("containers");
    }

    public Path container(String id) {
        return containers().resolve(checkId("container", id));
    }

    public Path sandboxes() {
        return root.resolve("sandboxes");
    }

    public Path sandbox(String id) {
        return sandboxes().resolve(checkId("sandbox", id));
    }
}
