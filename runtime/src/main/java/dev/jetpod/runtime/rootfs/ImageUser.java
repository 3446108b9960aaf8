package dev.jetpod.runtime.rootfs;

import dev.jetpod.runtime.ContainerConfig;
import dev.jetpod.runtime.spec.InvalidSpecException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves an image's USER ("1000", "1000:1000", "app", "app:staff") against /etc/passwd and /etc/group
 * of the image's layers (the topmost layer that has the file wins, as in the merged rootfs).
 */
public final class ImageUser {
    private ImageUser() {
    }

    public static ContainerConfig.User resolve(String user, List<Path> layersBottomFirst) {
        if (user == null || user.isEmpty()) {
            return ContainerConfig.User.ROOT;
        }
        String[] parts = user.split(":", 2);
        List<String[]> passwd = table(layersBottomFirst, "etc/passwd");
        long uid;
        Long primaryGid = null;
        if (isNumber(parts[0])) {
            uid = Long.parseLong(parts[0]);
            for (String[] e : passwd) {
                if (e.length > 3 && e[2].equals(parts[0])) {
                    primaryGid = Long.parseLong(e[3]);
                }
            }
        } else {
            String[] entry = passwd.stream().filter(e -> e.length > 3 && e[0].equals(parts[0])).findFirst()
                    .orElseThrow(() -> new InvalidSpecException("image user '" + parts[0] + "' is not in the image's /etc/passwd"));
            uid = Long.parseLong(entry[2]);
            primaryGid = Long.parseLong(entry[3]);
        }
        long gid;
        if (parts.length > 1) {
            gid = isNumber(parts[1]) ? Long.parseLong(parts[1]) : table(layersBottomFirst, "etc/group").stream()
                    .filter(e -> e.length > 2 && e[0].equals(parts[1])).findFirst().map(e -> Long.parseLong(e[2]))
                    .orElseThrow(() -> new InvalidSpecException("image group '" + parts[1] + "' is not in the image's /etc/group"));
        } else {
            gid = primaryGid == null ? 0 : primaryGid;
        }
        return new ContainerConfig.User(uid, gid, List.of());
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    private static List<String[]> table(List<Path> layersBottomFirst, String file) {
        Optional<Path> found = Optional.empty();
        for (Path layer : layersBottomFirst) {
            if (Files.isRegularFile(layer.resolve(file))) {
                found = Optional.of(layer.resolve(file));
            }
        }
        List<String[]> rows = new ArrayList<>();
        if (found.isPresent()) {
            try {
                for (String line : Files.readAllLines(found.get())) {
                    rows.add(line.split(":"));
                }
            } catch (IOException e) {
                throw new InvalidSpecException("could not read " + found.get() + ": " + e.getMessage());
            }
        }
        return rows;
    }
}
