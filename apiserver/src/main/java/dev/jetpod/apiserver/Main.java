package dev.jetpod.apiserver;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The jetpod-apiserver process: {@code --etcd-servers URL[,URL] --bind-address 127.0.0.1 --port 6443}. */
@Command(name = "jetpod-apiserver", mixinStandardHelpOptions = true, description = "Kubernetes-shaped API server on etcd")
public final class Main implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    @Option(names = "--etcd-servers", split = ",", required = true, description = "etcd client URLs, comma-separated")
    List<String> etcdServers;

    @Option(names = "--bind-address", defaultValue = "127.0.0.1", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String bindAddress;

    @Option(names = "--port", defaultValue = "6443", description = "port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true));
        RunningApiServer server;
        try {
            server = ApiServer.start(vertx, ApiServerConfig.of(etcdServers, bindAddress, port)).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            System.err.println("jetpod-apiserver: could not start: " + cause.getMessage());
            vertx.close();
            return 1;
        }
        // the port line is what scripts and tests that start us on port 0 read
        System.out.println("jetpod-apiserver listening on " + server.url());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("op=shutdown result=started");
            try {
                server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
                vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.warn("op=shutdown result=incomplete error={}", e.toString());
            }
            stopped.countDown();
        }, "apiserver-shutdown"));
        stopped.await();
        return 0;
    }
}
