package dev.jetpod.jctl;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.codec.Codecs;
import dev.jetpod.api.scheme.Scheme;
import dev.jetpod.client.ClientConfig;
import dev.jetpod.client.KubeClient;
import dev.jetpod.client.config.KubeconfigLoader;
import dev.jetpod.client.config.LoadedKubeconfig;
import dev.jetpod.jctl.api.Api;
import dev.jetpod.jctl.api.RequestLog;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One jctl run: its streams and environment, the global flags, and — built only when a command first needs them —
 * the kubeconfig, the connection to the apiserver and the object mappers. A command that never talks to the server
 * (config, completion, a parse error) never starts Vert.x or loads a kubeconfig.
 */
public final class Session implements AutoCloseable {
    /** Beyond this the JVM's own wait for threads in native code (300 ms) is no worse. */
    private static final long EXIT_CLOSE_WAIT_MS = 300;

    private final Io io;
    private final JctlCommand root;
    // names and paths only: the validation rules and version conversions Scheme.builtin() also builds are the server's
    // business (and hashing the converters' ResourceType keys would cost a run ~15 ms of method-handle spinning)
    private final Scheme scheme = new Scheme(dev.jetpod.api.scheme.Resources.ALL, java.util.List.of(),
            dev.jetpod.api.conversion.Conversions.none());
    private final dev.jetpod.jctl.api.Kinds kinds = new dev.jetpod.jctl.api.Kinds(scheme);
    private KubeconfigLoader loader;
    private LoadedKubeconfig kubeconfig;
    private ClientConfig clientConfig;
    private KubeClient client;
    private Api api;
    private ObjectMapper json;
    private ObjectMapper yaml;

    public Session(Io io, JctlCommand root) {
        this.io = io;
        this.root = root;
    }

    public Io io() {
        return io;
    }

    public Scheme scheme() {
        return scheme;
    }

    public dev.jetpod.jctl.api.Kinds kinds() {
        return kinds;
    }

    public java.io.PrintStream out() {
        return io.out();
    }

    public java.io.PrintStream err() {
        return io.err();
    }

    public int verbosity() {
        return root.verbosity();
    }

    public Instant now() {
        return Instant.now();
    }

    /** The kubeconfig loading rules for this run (--kubeconfig, KUBECONFIG, JETPOD_HOME as this run sees them). */
    public KubeconfigLoader loader() {
        if (loader == null) {
            Path explicit = root.kubeconfig() == null ? null : io.workingDir().resolve(root.kubeconfig());
            String home = io.env("HOME") != null ? io.env("HOME") : System.getProperty("user.home");
            String jetpodHome = io.env("JETPOD_HOME");
            loader = new KubeconfigLoader(new KubeconfigLoader.Environment(explicit, io.env("KUBECONFIG"),
                    jetpodHome != null ? Path.of(jetpodHome) : Path.of(home, ".jetpod"), Path.of(home)));
        }
        return loader;
    }

    public LoadedKubeconfig kubeconfig() {
        if (kubeconfig == null) {
            kubeconfig = loader().load();
        }
        return kubeconfig;
    }

    /** The --context flag, or null for the kubeconfig's current context. */
    public String contextOverride() {
        return root.context();
    }

    public ClientConfig clientConfig() {
        if (clientConfig == null) {
            clientConfig = kubeconfig().clientConfig(root.context()).withUserAgent("jctl/" + Versions.client());
        }
        return clientConfig;
    }

    /** The namespace commands act in: -n, else the context's, else "default". */
    public String namespace() {
        return root.namespace() != null ? root.namespace() : clientConfig().namespace();
    }

    /** The -n/--namespace flag as given, or null. */
    public String namespaceFlag() {
        return root.namespace();
    }

    /** Whether -n was given (apply refuses a file naming another namespace then, as kubectl does). */
    public boolean namespaceGiven() {
        return root.namespace() != null;
    }

    /** The apiserver, connected on first use. */
    public Api api() {
        if (api == null) {
            client = KubeClient.connect(clientConfig());
            if (json == null) {
                json = client.json(); // the same configuration (Codecs.json()); one mapper to build, not two
            }
            api = new Api(client, json, new RequestLog(io.err(), verbosity(), clientConfig().serverDisplay()));
        }
        return api;
    }

    public ObjectMapper json() {
        if (json == null) {
            json = Codecs.json();
        }
        return json;
    }

    public ObjectMapper yaml() {
        if (yaml == null) {
            yaml = Codecs.yaml();
        }
        return yaml;
    }

    @Override
    public void close() {
        close(false);
    }

    /**
     * Closes the connection. When the process is about to exit, waits only briefly for Vert.x to stop its event loops:
     * the JVM's exit itself waits up to 300 ms for any thread that is in native code (an event loop parked in
     * epoll_wait is), so exiting while they still run cost about a third of a second on half of all runs.
     */
    public void close(boolean processExit) {
        if (client != null) {
            if (processExit) {
                try {
                    client.closeAsync().toCompletionStage().toCompletableFuture().get(EXIT_CLOSE_WAIT_MS, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException | TimeoutException e) {
                    // best effort: the process ends either way
                }
            } else {
                client.close();
            }
            client = null;
        }
    }
}
