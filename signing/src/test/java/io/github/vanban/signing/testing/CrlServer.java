// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.cert.CRLException;
import java.util.function.Supplier;

/**
 * Serves fresh CRLs of a {@link TestPki} over HTTP on loopback: {@code /root.crl} (signed by the
 * root, covers the intermediate) and {@code /intermediate.crl}. Each request builds a new CRL, so
 * revocations show at once. Close it when done.
 */
public final class CrlServer implements AutoCloseable {
    private final HttpServer server;

    private CrlServer(HttpServer server) {
        this.server = server;
    }

    /**
     * Binds a free loopback port without serving yet (the PKI needs the URL before it exists).
     *
     * @return the server
     */
    public static CrlServer bind() {
        try {
            return new CrlServer(HttpServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the base URL.
     *
     * @return {@code http://127.0.0.1:<port>}
     */
    public String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort();
    }

    /**
     * Starts serving the CRLs of {@code pki}.
     *
     * @param pki the PKI
     */
    public void serve(Supplier<TestPki> pki) {
        context("/root.crl", () -> pki.get().crl(pki.get().root()));
        context("/intermediate.crl", () -> pki.get().crl(pki.get().intermediate()));
        server.start();
    }

    private void context(String path, Supplier<java.security.cert.X509CRL> crl) {
        server.createContext(path, exchange -> {
            try {
                byte[] der = crl.get().getEncoded();
                exchange.getResponseHeaders().add("Content-Type", "application/pkix-crl");
                exchange.sendResponseHeaders(200, der.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(der);
                }
            } catch (CRLException e) {
                exchange.sendResponseHeaders(500, -1);
            } finally {
                exchange.close();
            }
        });
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
