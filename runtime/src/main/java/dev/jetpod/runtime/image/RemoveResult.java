package dev.jetpod.runtime.image;

import java.util.List;
import java.util.Optional;

/**
 * What {@code remove} did. Like {@code docker rmi}: removing one of several names only untags; removing the
 * last name (or the ID) deletes the image, and the content no other image uses is then collected.
 */
public record RemoveResult(List<String> untagged, Optional<String> deletedImageId, GcResult collected) {
}
