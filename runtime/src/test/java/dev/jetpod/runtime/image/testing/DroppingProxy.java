package dev.jetpod.runtime.image.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on 127.0.0.1 in front of a registry that breaks blob downloads: for a response to a request
 * whose line contains {@code pathMarker}, it forwards {@code bytesBeforeDrop} bytes and then closes both
 * connections — a registry dropping the connection mid-blob. It does so {@code drops} times, then forwards
 * faithfully ({@code drops} < 0: always).
 */
public final class DroppingProxy implements AutoCloseable {
    private final ServerSocket server;
    private final InetSocketAddress upstream;
    private volatile String pathMarker = "\0never";
    private volatile long bytesBeforeDrop;
    private final AtomicInteger dropsLeft = new AtomicInteger();
    public final AtomicInteger dropped = new AtomicInteger();

    public DroppingProxy(int upstreamPort) {
        this.upstream = new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort);
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::acceptLoop, "dropping-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String host() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    /** Break responses to requests containing {@code marker} after {@code bytes} bytes, {@code times} times (-1: always). */
    public void dropAfter(String marker, long bytes, int times) {
        this.pathMarker = marker;
        this.bytesBeforeDrop = bytes;
        this.dropsLeft.set(times);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket backend = new Socket();
                backend.connect(upstream, 5000);
                Connection connection = new Connection(client, backend);
                start(connection::clientToBackend);
                start(connection::backendToClient);
            } catch (IOException e) {
                // closed, or a client went away
            }
        }
    }

    private static void start(Runnable task) {
        Thread t = new Thread(task, "dropping-proxy-pipe");
        t.setDaemon(true);
        t.start();
    }

    /** One proxied connection; tracks whether the response now flowing answers a request to break. */
    private final class Connection {
        private final Socket client;
        private final Socket backend;
        private volatile boolean breakThisResponse;
        private long sentOfResponse;

        Connection(Socket client, Socket backend) {
            this.client = client;
            this.backend = backend;
        }

        void clientToBackend() {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = client.getInputStream(); OutputStream out = backend.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    String text = new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
                    if (text.startsWith("GET ")) {
                        boolean matches = text.substring(0, Math.max(0, text.indexOf('\r'))).contains(pathMarker);
                        synchronized (this) {
                            sentOfResponse = 0;
                            breakThisResponse = matches && (dropsLeft.get() < 0 || dropsLeft.getAndDecrement() > 0);
                        }
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // connection closed
            } finally {
                closeBoth();
            }
        }

        void backendToClient() {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = backend.getInputStream(); OutputStream out = client.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    int allowed = n;
                    boolean drop = false;
                    synchronized (this) {
                        if (breakThisResponse && sentOfResponse + n >= bytesBeforeDrop) {
                            allowed = (int) Math.max(0, bytesBeforeDrop - sentOfResponse);
                            drop = true;
                        }
                        sentOfResponse += allowed;
                    }
                    out.write(buffer, 0, allowed);
                    out.flush();
                    if (drop) {
                        dropped.incrementAndGet();
                        return;
                    }
                }
            } catch (IOException e) {
                // connection closed
            } finally {
                closeBoth();
            }
        }

        private void closeBoth() {
            try {
                client.close();
            } catch (IOException ignored) {
                // already closed
            }
            try {
                backend.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
