package dev.jetpod.runtime.helper;

import dev.jetpod.runtime.spec.InvalidSpecException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The setup the helper reads from descriptor 3: "&lt;length&gt;\n" then records, each a list of
 * NUL-terminated fields closed by an empty field (an empty value is sent as byte 0x01). The first field is the key (mode, rootfs, mount, ns,
 * arg, env, ...; see jetpod-helper.c). Keeping the format this plain keeps the C side small.
 */
public final class HelperConfig {
    private final List<List<String>> records = new ArrayList<>();

    public HelperConfig add(String key, String... fields) {
        List<String> r = new ArrayList<>(fields.length + 1);
        r.add(key);
        for (String f : fields) {
            if (f == null) {
                f = "";
            }
            if (f.indexOf('\0') >= 0) {
                throw new InvalidSpecException("value of '" + key + "' contains a NUL byte");
            }
            r.add(f);
        }
        if (r.size() > 8) {
            throw new IllegalArgumentException("record '" + key + "' has more than 7 fields");
        }
        records.add(r);
        return this;
    }

    public List<List<String>> records() {
        return records;
    }

    /** The fields of every record with this key. */
    public List<List<String>> all(String key) {
        return records.stream().filter(r -> r.get(0).equals(key)).map(r -> r.subList(1, r.size())).toList();
    }

    /** The helper mode (create, exec, sandbox), shown in ps next to the helper's name. */
    public String mode() {
        List<List<String>> m = all("mode");
        return m.isEmpty() || m.get(0).isEmpty() ? "" : m.get(0).get(0);
    }

    public boolean has(String key) {
        return records.stream().anyMatch(r -> r.get(0).equals(key));
    }

    public byte[] encode() {
        ByteArrayOutputStream body = new ByteArrayOutputStream(4096);
        for (List<String> r : records) {
            for (String f : r) {
                // an empty string would close the record, so it travels as the single byte 0x01
                body.writeBytes(f.isEmpty() ? new byte[] {1} : f.getBytes(StandardCharsets.UTF_8));
                body.write(0);
            }
            body.write(0);
        }
        byte[] b = body.toByteArray();
        byte[] head = (b.length + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(head, head.length + b.length);
        System.arraycopy(b, 0, all, head.length, b.length);
        return all;
    }
}
