package dev.jetpod.runtime.image;

/** What a garbage collection removed: unreferenced blobs and unpacked layers, and leftovers of dead transfers. */
public record GcResult(int blobsRemoved, int layersRemoved, long bytesFreed, int incompleteRemoved) {
    public static final GcResult NOTHING = new GcResult(0, 0, 0, 0);
}
