package dev.jetpod.runtime.bench;

import dev.jetpod.runtime.ContainerConfig;
import dev.jetpod.runtime.ContainerRuntime;
import dev.jetpod.runtime.RuntimeOptions;
import dev.jetpod.runtime.cgroup.CgroupDisabledManager;
import dev.jetpod.runtime.container.ContainerStatus;
import dev.jetpod.runtime.container.ContainerStore;
import dev.jetpod.runtime.helper.HelperLauncher;
import dev.jetpod.runtime.rootfs.RootfsSource;
import dev.jetpod.runtime.sandbox.SandboxConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * `./jetpod bench runtime [--runs N]`: side-by-side, interleaved figures on one busybox bundle.
 * (1) run latency of /bin/true: ours (Java API, warm JVM, with cgroups), runc, crun without cgroups, and
 * the unshare+chroot floor; (2) memory of our per-container supervisor; (3) 100 pods at once;
 * (4) the image store's unpack figures when its benchmark is on the classpath.
 */
public final class RuntimeBenchmark {
    private static final int N = HelperLauncher.DEV_NULL;
    private final PrintStream out;
    private final Path base;
    private final Path bundle;
    private final Path rootfs;
    private final ContainerRuntime runtime;
    private final ContainerRuntime runtimeWithoutCgroups;

    private RuntimeBenchmark(PrintStream out, Path base) throws Exception {
        this.out = out;
        this.base = base;
        this.rootfs = BenchBundle.rootfs(base.resolve("rootfs"));
        this.bundle = BenchBundle.create(base.resolve("bundle"), rootfs, "/bin/true");
        this.runtime = ContainerRuntime.open(RuntimeOptions.at(base.resolve("state"), "jetpod-bench"));
        this.runtimeWithoutCgroups = ContainerRuntime.open(RuntimeOptions.at(base.resolve("state-nocg"), "jetpod-bench"),
                new CgroupDisabledManager());
    }

    public static void main(String[] args) throws Exception {
        int runs = 60;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs") && i + 1 < args.length) {
                runs = Math.max(50, Integer.parseInt(args[++i]));
            }
        }
        Path base = Files.createTempDirectory("jetpod-bench");
        RuntimeBenchmark b = new RuntimeBenchmark(System.out, base);
        try {
            b.latency(runs);
            b.supervisorMemory();
            b.hundredPods(100);
            b.imageFigures();
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            b.cleanUp();
        }
    }

    // ---- (1) run latency -------------------------------------------------------------------------

    private interface Runner {
        void runOnce(int i) throws Exception;
    }

    private void latency(int runs) throws Exception {
        Path runcRoot = base.resolve("runc-root"), crunRoot = base.resolve("crun-root");
        Map<String, Runner> runners = new LinkedHashMap<>();
        runners.put("jetpod (Java API, cgroups on)", i -> {
            String id = "b" + i;
            runtime.createFromBundle(id, bundle, false, true, new int[] {N, N, N});
            runtime.start(id);
            ContainerStatus s = runtime.awaitExit(id, Duration.ofSeconds(30)).orElseThrow();
            runtime.remove(id, false);
            if (s.exitCode().orElse(-1) != 0) {
                throw new IllegalStateException("container exited with " + s.exitCode());
            }
        });
        runners.put("jetpod (Java API, cgroups off)", i -> {
            String id = "n" + i;
            runtimeWithoutCgroups.createFromBundle(id, bundle, false, true, new int[] {N, N, N});
            runtimeWithoutCgroups.start(id);
            runtimeWithoutCgroups.awaitExit(id, Duration.ofSeconds(30)).orElseThrow();
            runtimeWithoutCgroups.remove(id, false);
        });
        runners.put("runc run", i -> exec("runc", "--root", runcRoot.toString(), "run", "--bundle", bundle.toString(),
                "jetpod-bench-runc-" + i)); // runc names its cgroups after the id
        // Debian's crun 1.8 refuses hybrid mode even with --cgroup-manager=disabled, so it runs in a private
        // mount namespace where the hugetlb-only cgroup2 mount is absent; nsenter's own cost is measured too.
        Process crunNs = new ProcessBuilder("unshare", "--mount", "--propagation", "private", "sh", "-c",
                "umount /sys/fs/cgroup/unified && echo ready && exec sleep 86400").redirectErrorStream(true).start();
        crunNs.getInputStream().read(new byte[6]);
        String mntns = "--mount=/proc/" + crunNs.pid() + "/ns/mnt";
        runners.put("crun --cgroup-manager=disabled run (via nsenter)", i -> exec("nsenter", mntns, "crun",
                "--cgroup-manager=disabled", "--root", crunRoot.toString(), "run", "--bundle", bundle.toString(), "c" + i));
        runners.put("nsenter /bin/true (cost inside the crun row)", i -> exec("nsenter", mntns, "/bin/true"));
        runners.put("floor: unshare+chroot", i -> exec("unshare", "--pid", "--fork", "--mount", "--uts", "--ipc", "--net",
                "chroot", rootfs.toString(), "/bin/true"));
        Map<String, Stats> stats = new LinkedHashMap<>();
        runners.keySet().forEach(k -> stats.put(k, new Stats()));
        List<String> names = new ArrayList<>(runners.keySet());
        for (int round = -10; round < runs; round++) { // 10 warm-up rounds, then interleaved, rotating the order
            for (int k = 0; k < names.size(); k++) {
                String name = names.get(Math.floorMod(k + round, names.size()));
                long t0 = System.nanoTime();
                runners.get(name).runOnce(round + 10);
                long dt = System.nanoTime() - t0;
                if (round >= 0) {
                    stats.get(name).add(dt);
                }
            }
        }
        crunNs.destroy();
        crunNs.waitFor();
        double runc = stats.get("runc run").medianMillis();
        double crun = stats.get("crun --cgroup-manager=disabled run (via nsenter)").medianMillis()
                - stats.get("nsenter /bin/true (cost inside the crun row)").medianMillis();
        double floor = stats.get("floor: unshare+chroot").medianMillis();
        out.println("### Run latency: busybox /bin/true, create+start+wait+delete, " + runs + " interleaved runs each");
        out.println();
        out.printf("crun without cgroups, nsenter cost subtracted: %.2f ms median%n%n", crun);
        out.println("| runtime | median ms | p90 ms | × runc | × crun (no cgroups) | × floor |");
        out.println("|---|---|---|---|---|---|");
        stats.forEach((name, s) -> out.printf("| %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n", name, s.medianMillis(),
                s.percentileMillis(90), s.medianMillis() / runc, s.medianMillis() / crun, s.medianMillis() / floor));
        out.println();
    }

    private static void exec(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int code = p.waitFor();
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " exited with " + code);
        }
    }

    // ---- (2) supervisor memory -------------------------------------------------------------------

    private void supervisorMemory() throws Exception {
        ContainerConfig c = ContainerConfig.builder("mem", new RootfsSource.Directory(rootfs), List.of("sleep", "30")).build();
        runtime.create(c);
        runtime.start("mem");
        Thread.sleep(200);
        int supervisor = runtime.status("mem").pid() > 0 ? supervisorPid("mem") : -1;
        ProcessMemory m = ProcessMemory.of(supervisor);
        runtime.remove("mem", true);
        Path sleepBundle = BenchBundle.create(base.resolve("sleep-bundle"), rootfs, "sleep", "30");
        java.util.Optional<ProcessMemory> conmon = ConmonProbe.measure(base, sleepBundle);
        out.println("### Per-container supervisor memory (while `sleep 30` runs)");
        out.println();
        out.println("| supervisor | RSS kB | PSS kB |");
        out.println("|---|---|---|");
        out.printf("| jetpod-helper (static C, measured) | %d | %d |%n", m.rssKb(), m.pssKb());
        out.println(conmon.map(cm -> "| conmon 2.1.6 over runc (measured) | " + cm.rssKb() + " | " + cm.pssKb() + " |")
                .orElse("| conmon (not installed; reference from issue 4) | ~2100 | ~1100 |"));
        out.println("| containerd-shim-runc-v2 (reference from issue 4) | ~13000 | – |");
        out.println();
    }

    private int supervisorPid(String id) throws IOException {
        Path state = base.resolve("state/containers").resolve(id).resolve("state.json");
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(state.toFile()).get("supervisorPid").asInt();
    }

    // ---- (3) 100 pods at once --------------------------------------------------------------------

    private void hundredPods(int pods) throws Exception {
        long availBefore = ProcessMemory.memAvailableKb();
        ExecutorService pool = Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "bench-pods");
            t.setDaemon(true);
            return t;
        });
        long t0 = System.nanoTime();
        List<Future<?>> started = new ArrayList<>();
        for (int i = 0; i < pods; i++) {
            String pod = "pod" + i;
            started.add(pool.submit(() -> {
                runtime.createSandbox(SandboxConfig.of(pod, pod));
                runtime.create(ContainerConfig.builder(pod + "-c", new RootfsSource.Directory(rootfs), List.of("sleep", "60"))
                        .sandbox(pod).build());
                runtime.start(pod + "-c");
                return null;
            }));
        }
        try {
            for (Future<?> f : started) {
                f.get();
            }
        } finally {
            pool.shutdown(); // on a failure, let the others finish before the clean-up
            pool.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES);
        }
        pool = Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "bench-pods");
            t.setDaemon(true);
            return t;
        });
        long startMillis = (System.nanoTime() - t0) / 1_000_000;
        Thread.sleep(300);
        long availAfter = ProcessMemory.memAvailableKb();
        long rss = 0, pss = 0;
        for (int i = 0; i < pods; i++) {
            ProcessMemory m = ProcessMemory.of(supervisorPid("pod" + i + "-c"));
            rss += m.rssKb();
            pss += m.pssKb();
        }
        long t1 = System.nanoTime();
        List<Future<?>> removed = new ArrayList<>();
        for (int i = 0; i < pods; i++) {
            String pod = "pod" + i;
            removed.add(pool.submit(() -> {
                runtime.removeSandbox(pod);
                return null;
            }));
        }
        for (Future<?> f : removed) {
            f.get();
        }
        long removeMillis = (System.nanoTime() - t1) / 1_000_000;
        pool.shutdown();
        out.println("### " + pods + " pods started concurrently (sandbox + one `sleep` container each, 16 threads)");
        out.println();
        out.println("| figure | value |");
        out.println("|---|---|");
        out.printf("| time until all %d running | %d ms |%n", pods, startMillis);
        out.printf("| node MemAvailable drop | %d MB |%n", (availBefore - availAfter) / 1024);
        out.printf("| supervisors total RSS / PSS | %d / %d MB |%n", rss / 1024, pss / 1024);
        out.printf("| removing all %d pods | %d ms |%n", pods, removeMillis);
        out.println();
    }

    // ---- (4) image store -------------------------------------------------------------------------

    private void imageFigures() {
        ImageBenchmark.run(out);
    }

    private void cleanUp() throws IOException {
        for (ContainerRuntime rt : List.of(runtime, runtimeWithoutCgroups)) {
            for (ContainerStatus s : rt.list()) {
                try {
                    rt.remove(s.id(), true);
                } catch (RuntimeException e) {
                    System.err.println("clean-up of " + s.id() + ": " + e.getMessage());
                }
            }
            rt.listSandboxes().forEach(s -> rt.removeSandbox(s.id()));
        }
        try (var hierarchies = Files.list(Path.of("/sys/fs/cgroup"))) {
            for (Path h : hierarchies.toList()) {
                Files.deleteIfExists(h.resolve("jetpod-bench"));
            }
        }
        ContainerStore.deleteTree(base);
    }
}
