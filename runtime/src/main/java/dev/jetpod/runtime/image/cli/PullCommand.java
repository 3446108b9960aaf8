package dev.jetpod.runtime.image.cli;

import dev.jetpod.runtime.image.Image;
import dev.jetpod.runtime.image.ImageStore;
import dev.jetpod.runtime.image.PullOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

@Command(name = "pull", description = "pull an image from a registry (linux/amd64; every blob verified)")
final class PullCommand extends ImageCommand {
    @Parameters(index = "0", paramLabel = "REF", description = "[registry/]repository[:tag|@digest]")
    String ref;

    @Option(names = "--plain-http", description = "talk HTTP, not HTTPS (a registry without TLS)")
    boolean plainHttp;

    @Option(names = "--tls-verify", negatable = true, arity = "0..1", defaultValue = "true", fallbackValue = "true",
            description = "verify the registry's certificate (default: true; --tls-verify=false or --no-tls-verify to skip)")
    boolean tlsVerify;

    @Option(names = "--ca-file", paramLabel = "PEM", description = "extra CA certificate(s) to trust")
    Path caFile;

    @Option(names = "--creds", paramLabel = "USER[:PASSWORD]", description = "registry credentials")
    String creds;

    @Option(names = "--password-stdin", description = "read the password from standard input")
    boolean passwordStdin;

    @Option(names = "--retries", defaultValue = "3", description = "resumes of a broken blob transfer (default: ${DEFAULT-VALUE})")
    int retries;

    @Override
    int run(ImageStore store, PrintWriter out) {
        PullOptions options = PullOptions.DEFAULT.withPlainHttp(plainHttp).withTlsVerify(tlsVerify).withResumeAttempts(retries);
        if (caFile != null) {
            options = options.withCaFile(caFile);
        }
        if (creds != null) {
            int colon = creds.indexOf(':');
            String user = colon < 0 ? creds : creds.substring(0, colon);
            String password = colon < 0 ? "" : creds.substring(colon + 1);
            if (passwordStdin) {
                password = readPassword();
            }
            options = options.withCredentials(user, password);
        } else if (passwordStdin) {
            throw new IllegalArgumentException("--password-stdin needs --creds USER");
        }
        Image image = store.pull(ref, options);
        out.println(image.names().isEmpty() ? image.id() : image.names().get(0) + " " + image.id());
        out.flush();
        return 0;
    }

    private static String readPassword() {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the password from standard input", e);
        }
    }
}
