package dev.jetpod.runtime.image;

import java.util.List;

/** Removing an image was refused because holders (containers) still use it. */
public class ImageInUseException extends ImageStoreException {
    private final String imageId;
    private final List<String> holders;

    public ImageInUseException(String imageId, List<String> holders) {
        super("image " + imageId + " is in use by " + holders.size() + " holder(s): " + String.join(", ", holders));
        this.imageId = imageId;
        this.holders = List.copyOf(holders);
    }

    public String imageId() {
        return imageId;
    }

    public List<String> holders() {
        return holders;
    }
}
