// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A real OCSP responder: {@code openssl ocsp -index ... -port N} started as a child process for
 * the intermediate CA of a {@link TestPki}, signing with the delegated responder certificate.
 * {@link #refresh()} after {@link TestPki#revoke} restarts it with the new index, which makes
 * revocations visible. Close it to stop the process.
 *
 * <p>Needs the {@code openssl} command (Debian package {@code openssl}). OpenSSL binds the port on
 * all interfaces; only loopback is used.
 */
public final class OpenSslOcspResponder implements AutoCloseable {
    private final int port;
    private final Path directory;
    private @org.jspecify.annotations.Nullable Process process;
    private @org.jspecify.annotations.Nullable TestPki pki;

    private OpenSslOcspResponder(int port, Path directory) {
        this.port = port;
        this.directory = directory;
    }

    /**
     * Reserves a free port (the PKI needs the URL before the responder can start).
     *
     * @param directory working directory for index and key files
     * @return the unstarted responder
     */
    public static OpenSslOcspResponder reserve(Path directory) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new OpenSslOcspResponder(socket.getLocalPort(), directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the responder URL.
     *
     * @return {@code http://127.0.0.1:<port>}
     */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Writes the index and keys, starts openssl and waits until the port accepts connections.
     *
     * @param pki the PKI (its intermediate CA is the one answered for)
     */
    public void start(TestPki pki) {
        this.pki = pki;
        try {
            Files.createDirectories(directory);
            writeIndex();
            Files.writeString(directory.resolve("ca.pem"), TestPki.pem(pki.intermediate().certificate()));
            Files.writeString(directory.resolve("rsigner.pem"),
                    TestPki.pem(pki.ocspResponder().certificate()));
            Files.writeString(directory.resolve("rkey.pem"),
                    TestPki.pem(pki.ocspResponder().keyPair().getPrivate()));
            launch();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start openssl ocsp", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void launch() throws IOException, InterruptedException {
        Files.deleteIfExists(directory.resolve("stdout.txt"));
        Process started = new ProcessBuilder("openssl", "ocsp", "-index", "index.txt",
                "-port", Integer.toString(port), "-rsigner", "rsigner.pem", "-rkey", "rkey.pem",
                "-CA", "ca.pem", "-nmin", "10", "-ignore_err")
                .directory(directory.toFile())
                .redirectOutput(directory.resolve("stdout.txt").toFile())
                .redirectError(directory.resolve("stderr.txt").toFile())
                .start();
        process = started;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            if (!started.isAlive()) {
                throw new IllegalStateException("openssl ocsp exited: "
                        + Files.readString(directory.resolve("stderr.txt")));
            }
            // A probe connection would block the single-threaded responder: wait for its banner.
            if (Files.readString(directory.resolve("stdout.txt")).contains("ACCEPT")) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("openssl ocsp did not listen on port " + port);
    }

    /**
     * Rewrites the index from the PKI's current state (new certificates, revocations) and, as
     * OpenSSL 3.0 reads the index only at start, restarts the responder on the same port.
     */
    public synchronized void refresh() {
        writeIndex();
        Process running = process;
        if (running != null) {
            running.destroy();
            try {
                running.waitFor();
                launch();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot restart openssl ocsp", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private void writeIndex() {
        TestPki current = pki;
        if (current == null) {
            throw new IllegalStateException("not started");
        }
        try {
            Path tmp = directory.resolve("index.txt.tmp");
            Files.writeString(tmp, current.openSslIndex(), StandardCharsets.US_ASCII);
            Files.writeString(directory.resolve("index.txt.attr"), "unique_subject = no\n");
            Files.move(tmp, directory.resolve("index.txt"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        Process p = process;
        if (p != null) {
            p.destroy();
        }
    }
}
