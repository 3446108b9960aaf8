package dev.jetpod.apiserver;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A port the kernel considers free on an address (closed again before use: a small race, acceptable for port 0). */
final class FreePort {
    private FreePort() {
    }

    static int find(String address) throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(address))) {
            return s.getLocalPort();
        }
    }
}
