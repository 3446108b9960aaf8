package dev.jetpod.client.config;

import dev.jetpod.client.ClientConfig;
import dev.jetpod.client.Credentials;
import dev.jetpod.client.TlsConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The merged kubeconfig and the files it came from; resolves a context into a {@link ClientConfig}
 * (reading certificate, key and token files, checking that every named entry exists).
 */
public record LoadedKubeconfig(Kubeconfig config, List<Path> files) {

    /** The context a command uses: the override (e.g. {@code --context}) or current-context. */
    public String contextName(String override) {
        String name = override != null && !override.isEmpty() ? override : config.currentContext();
        if (name == null || name.isEmpty()) {
            throw new KubeconfigException("no current context in " + describeFiles() + "; choose one with --context or 'jctl config use-context NAME'");
        }
        return name;
    }

    public KubeconfigContext context(String override) {
        String name = contextName(override);
        return config.context(name).orElseThrow(() -> new KubeconfigException("context \"" + name + "\" not found in " + describeFiles()));
    }

    /** The namespace commands default to under that context ("default" when the context names none). */
    public String namespace(String contextOverride) {
        String ns = context(contextOverride).namespace();
        return ns == null || ns.isEmpty() ? ClientConfig.DEFAULT_NAMESPACE : ns;
    }

    /** Everything needed to connect, for the given context (null: the current one). */
    public ClientConfig clientConfig(String contextOverride) {
        String ctxName = contextName(contextOverride);
        KubeconfigContext ctx = context(contextOverride);
        if (ctx.cluster() == null || ctx.cluster().isEmpty()) {
            throw new KubeconfigException("context \"" + ctxName + "\" names no cluster");
        }
        KubeconfigCluster cluster = config.cluster(ctx.cluster()).orElseThrow(() ->
                new KubeconfigException("cluster \"" + ctx.cluster() + "\" of context \"" + ctxName + "\" not found in " + describeFiles()));
        KubeconfigUser user = KubeconfigUser.anonymous();
        if (ctx.user() != null && !ctx.user().isEmpty()) {
            user = config.user(ctx.user()).orElseThrow(() ->
                    new KubeconfigException("user \"" + ctx.user() + "\" of context \"" + ctxName + "\" not found in " + describeFiles()));
        }
        if (cluster.server() == null || cluster.server().isEmpty()) {
            throw new KubeconfigException("cluster \"" + ctx.cluster() + "\" has no server address");
        }
        URI server;
        try {
            server = URI.create(cluster.server());
        } catch (IllegalArgumentException e) {
            throw new KubeconfigException("cluster \"" + ctx.cluster() + "\" has an invalid server address " + cluster.server() + ": " + e.getMessage());
        }
        if (user.exec() != null || user.authProvider() != null) {
            throw new KubeconfigException("user \"" + ctx.user() + "\" uses a credential plugin (exec or auth-provider), which Jetpod's client does not support; use a token or a client certificate");
        }
        try {
            return new ClientConfig(server, ctx.namespace(), tls(ctx.cluster(), cluster, ctx.user(), user), credentials(ctx.user(), user), null, null, null);
        } catch (IllegalArgumentException e) {
            throw new KubeconfigException("context \"" + ctxName + "\": " + e.getMessage());
        }
    }

    private static TlsConfig tls(String clusterName, KubeconfigCluster c, String userName, KubeconfigUser u) {
        byte[] ca = material(c.certificateAuthorityData(), c.certificateAuthority(), "certificate-authority of cluster \"" + clusterName + "\"");
        if (c.insecure() && ca != null) {
            throw new KubeconfigException("cluster \"" + clusterName + "\" sets both a certificate authority and insecure-skip-tls-verify; choose one");
        }
        byte[] cert = material(u.clientCertificateData(), u.clientCertificate(), "client-certificate of user \"" + userName + "\"");
        byte[] key = material(u.clientKeyData(), u.clientKey(), "client-key of user \"" + userName + "\"");
        if ((cert == null) != (key == null)) {
            throw new KubeconfigException("user \"" + userName + "\" has a client " + (cert == null ? "key without a certificate" : "certificate without a key"));
        }
        if (ca == null && cert == null && !c.insecure()) {
            return TlsConfig.NONE;
        }
        return new TlsConfig(ca, cert, key, c.insecure());
    }

    private static Credentials credentials(String userName, KubeconfigUser u) {
        String token = u.token();
        if ((token == null || token.isEmpty()) && u.tokenFile() != null && !u.tokenFile().isEmpty()) {
            token = new String(read(Path.of(u.tokenFile()), "tokenFile of user \"" + userName + "\""), java.nio.charset.StandardCharsets.UTF_8).trim();
        }
        if (token != null && !token.isEmpty()) {
            return Credentials.bearer(token);
        }
        if (u.username() != null && !u.username().isEmpty()) {
            return Credentials.basic(u.username(), u.password());
        }
        return Credentials.NONE;
    }

    /** Inline data wins over a file, as in client-go. */
    private static byte[] material(byte[] data, String file, String what) {
        if (data != null && data.length > 0) {
            return data;
        }
        if (file == null || file.isEmpty()) {
            return null;
        }
        return read(Path.of(file), what);
    }

    private static byte[] read(Path file, String what) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new KubeconfigException("could not read " + what + " from " + file + ": " + describe(e));
        }
    }

    static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage();
    }

    private String describeFiles() {
        return files.size() == 1 ? files.get(0).toString() : "kubeconfig " + files;
    }
}
