package dev.jetpod.runtime.image.unpack;

import dev.jetpod.runtime.image.Digest;

/** What unpacking one layer produced: its diffID (sha256 of the uncompressed tar), its size, and counts. */
public record UnpackResult(Digest diffId, long tarBytes, int entries, int whiteouts) {
}
