package dev.jetpod.runtime.image;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** The image store's meters, defined once (Prometheus names: jetpod_image_…). */
final class ImageMetrics {
    private final MeterRegistry registry;
    final Counter blobBytes;
    final Counter layerUnpacks;
    final Counter layerReuses;
    final Counter unpackedBytes;
    final Timer unpackTime;
    final Counter digestMismatches;

    ImageMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.blobBytes = Counter.builder("jetpod.image.blob.bytes").description("bytes of blobs stored (pulled or imported)")
                .baseUnit("bytes").register(registry);
        this.layerUnpacks = Counter.builder("jetpod.image.layer.unpacks").description("layers unpacked").register(registry);
        this.layerReuses = Counter.builder("jetpod.image.layer.reuses")
                .description("layers found already unpacked and shared instead").register(registry);
        this.unpackedBytes = Counter.builder("jetpod.image.layer.unpacked.bytes").description("uncompressed tar bytes unpacked")
                .baseUnit("bytes").register(registry);
        this.unpackTime = Timer.builder("jetpod.image.layer.unpack").description("time to unpack one layer").register(registry);
        this.digestMismatches = Counter.builder("jetpod.image.digest.mismatches")
                .description("blobs or layers refused because their digest did not match").register(registry);
    }

    void operation(String operation, String result) {
        Counter.builder("jetpod.image.operations").description("image store operations by outcome")
                .tag("operation", operation).tag("result", result).register(registry).increment();
    }
}
