package dev.jetpod.runtime.bench;

import dev.jetpod.runtime.image.Image;
import dev.jetpod.runtime.image.ImageConfig;
import dev.jetpod.runtime.image.ImageStore;
import dev.jetpod.runtime.image.unpack.LayerUnpacker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/**
 * Figure 4 of the runtime issue: how fast a 100 MB layer unpacks into the image store (gzip → overlay
 * lowerdir, with the diffID check and syncfs before publishing), next to GNU tar on the same file; and that a
 * second image sharing the layer costs no unpack. The layer is generated: a tree of files of mixed sizes whose
 * content compresses about as well as binaries and text in real images do.
 * Run alone: {@code java -cp 'dist/target/jetpod/lib/*' dev.jetpod.runtime.bench.ImageBenchmark}.
 */
public final class ImageBenchmark {
    private static final long LAYER_BYTES = 100L * 1024 * 1024;
    private static final int RUNS = 3;

    private ImageBenchmark() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    public static void run(PrintStream out) {
        Path work = null;
        try {
            work = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "jetpod-image-bench-");
            measure(work, out);
        } catch (IOException e) {
            throw new UncheckedIOException("image benchmark failed", e);
        } finally {
            if (work != null) {
                try {
                    LayerUnpacker.removeIfPresent(work);
                } catch (IOException e) {
                    out.println("note: could not remove " + work + ": " + e.getMessage());
                }
            }
        }
    }

    private static void measure(Path work, PrintStream out) throws IOException {
        Path tarball = work.resolve("layer.tar.gz");
        LayerShape shape = writeLayer(tarball);
        Path layout = work.resolve("layout");
        try (ImageStore builder = ImageStore.open(work.resolve("builder"))) {
            Image a = builder.importRootfs(tarball, "bench:a", ImageConfig.EMPTY.withCmd(List.of("a")), Instant.EPOCH);
            Image b = builder.importRootfs(tarball, "bench:b", ImageConfig.EMPTY.withCmd(List.of("b")), Instant.EPOCH);
            builder.exportOciLayout(a.id(), layout, "a");
            builder.exportOciLayout(b.id(), layout, "b");
        }
        out.println("== Runtime — images: layer unpack (ImageBenchmark) ==");
        out.printf("layer: %.1f MB uncompressed tar, %d files + %d dirs, %.1f MB gzip%n",
                mb(shape.tarBytes), shape.files, shape.dirs, mb(Files.size(tarball)));

        List<Double> unpackSeconds = new ArrayList<>();
        List<Double> importSeconds = new ArrayList<>();
        List<Double> secondSeconds = new ArrayList<>();
        double secondUnpacks = 0;
        double secondReuses = 0;
        List<Double> tarSeconds = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            SimpleMeterRegistry meters = new SimpleMeterRegistry();
            Path storeRoot = work.resolve("store-" + run);
            try (ImageStore store = ImageStore.open(storeRoot, meters)) {
                long start = System.nanoTime();
                store.importOciLayout(layout, "a", List.of("bench:a"));
                importSeconds.add(seconds(System.nanoTime() - start));
                Timer unpack = meters.get("jetpod.image.layer.unpack").timer();
                unpackSeconds.add(unpack.totalTime(TimeUnit.NANOSECONDS) / 1e9);

                double unpacksBefore = counter(meters, "jetpod.image.layer.unpacks");
                double reusesBefore = counter(meters, "jetpod.image.layer.reuses");
                start = System.nanoTime();
                store.importOciLayout(layout, "b", List.of("bench:b"));
                secondSeconds.add(seconds(System.nanoTime() - start));
                secondUnpacks = counter(meters, "jetpod.image.layer.unpacks") - unpacksBefore;
                secondReuses = counter(meters, "jetpod.image.layer.reuses") - reusesBefore;
            }
            LayerUnpacker.removeIfPresent(storeRoot);
            tarSeconds.add(gnuTar(tarball, work.resolve("tar-" + run)));
        }
        double unpack = median(unpackSeconds);
        double tar = median(tarSeconds);
        out.printf("unpack into the store (gunzip + untar + sha256 diffID + syncfs + rename), median of %d: %.2f s = %.0f MB/s  (runs: %s)%n",
                RUNS, unpack, mb(shape.tarBytes) / unpack, format(unpackSeconds));
        out.printf("whole import of image A from an OCI layout (blob copy + verify + unpack), median: %.2f s%n", median(importSeconds));
        out.printf("GNU tar -xzf --same-owner of the same layer, median of %d: %.2f s = %.0f MB/s  (runs: %s)%n",
                RUNS, tar, mb(shape.tarBytes) / tar, format(tarSeconds));
        out.printf("second image sharing the layer: import %.3f s, layers unpacked %.0f, layers reused %.0f%n",
                median(secondSeconds), secondUnpacks, secondReuses);
    }

    /** The shape of the generated layer. */
    private record LayerShape(long tarBytes, int files, int dirs) {
    }

    /**
     * About 100 MB of files: many small ones (configs, scripts) and fewer large ones (libraries), content
     * mixing words (compressible) and random bytes (not), seeded so every run measures the same layer.
     */
    private static LayerShape writeLayer(Path tarball) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        byte[] noise = new byte[1 << 20];
        new Random(7).nextBytes(noise);
        byte[] words = ("lib usr share locale python site packages init config module value return static const "
                + "function class import export default struct void int char long return error\n").repeat(4096).getBytes();
        long total = 0;
        int files = 0;
        int dirs = 0;
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tarball), 1 << 16);
             GZIPOutputStream gzip = new GZIPOutputStream(raw, 1 << 16);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            byte[] buffer = new byte[1 << 16];
            while (total < LAYER_BYTES) {
                String dir = "usr/lib/pkg" + dirs;
                TarArchiveEntry d = new TarArchiveEntry(dir + "/");
                d.setMode(0755);
                tar.putArchiveEntry(d);
                tar.closeArchiveEntry();
                dirs++;
                for (int i = 0; i < 40 && total < LAYER_BYTES; i++) {
                    int size = i % 10 == 0 ? 200_000 + random.nextInt(800_000) : 500 + random.nextInt(20_000);
                    TarArchiveEntry f = new TarArchiveEntry(dir + "/file" + i + (i % 3 == 0 ? ".so" : ".txt"));
                    f.setSize(size);
                    f.setMode(i % 3 == 0 ? 0755 : 0644);
                    tar.putArchiveEntry(f);
                    int written = 0;
                    while (written < size) {
                        int n = Math.min(buffer.length, size - written);
                        boolean binary = random.nextInt(3) == 0;
                        byte[] source = binary ? noise : words;
                        System.arraycopy(source, random.nextInt(source.length - n), buffer, 0, n);
                        tar.write(buffer, 0, n);
                        written += n;
                    }
                    tar.closeArchiveEntry();
                    total += size;
                    files++;
                }
            }
            tar.finish();
        }
        long tarBytes;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(tarball), 1 << 16)) {
            tarBytes = in.transferTo(OutputStream.nullOutputStream());
        }
        return new LayerShape(tarBytes, files, dirs);
    }

    private static double gnuTar(Path tarball, Path target) throws IOException {
        Files.createDirectories(target);
        long start = System.nanoTime();
        try {
            Process p = new ProcessBuilder("tar", "--same-owner", "-xzf", tarball.toString(), "-C", target.toString())
                    .redirectErrorStream(true).start();
            p.getInputStream().transferTo(OutputStream.nullOutputStream());
            if (p.waitFor() != 0) {
                throw new IOException("tar exited " + p.exitValue());
            }
            Process sync = new ProcessBuilder("sync", "-f", target.toString()).start();
            sync.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        double s = seconds(System.nanoTime() - start);
        LayerUnpacker.removeIfPresent(target);
        return s;
    }

    private static double counter(SimpleMeterRegistry meters, String name) {
        Counter c = meters.find(name).counter();
        return c == null ? 0 : c.count();
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static String format(List<Double> values) {
        return Arrays.toString(values.stream().map(v -> String.format("%.2f", v)).toArray());
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
