package dev.jetpod.runtime.image;

/** No image matches a reference (name, tag, ID or ID prefix), or a referenced blob is absent. */
public class ImageNotFoundException extends ImageStoreException {
    public ImageNotFoundException(String message) {
        super(message);
    }
}
