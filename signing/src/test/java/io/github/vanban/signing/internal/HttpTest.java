// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HttpTest {
    /**
     * A server like {@code openssl ocsp}: answers HTTP/1.1 without {@code Connection: close}, so
     * the client keeps the connection, but drops it instead of answering the next request on it
     * (the race between a server's close and the client's reuse, made deterministic). Each new
     * connection answers its first request.
     */
    static final class DroppingServer implements AutoCloseable {
        final ServerSocket socket;
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger answered = new AtomicInteger();
        final Thread thread;

        DroppingServer(boolean answerOnNewConnection) throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> serve(answerOnNewConnection), "dropping-server");
            thread.setDaemon(true);
            thread.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/ocsp");
        }

        private void serve(boolean answerOnNewConnection) {
            boolean first = true;
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    BufferedReader in = new BufferedReader(
                            new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                    OutputStream out = s.getOutputStream();
                    boolean answer = first || answerOnNewConnection;
                    first = false;
                    for (int onThisConnection = 0; ; onThisConnection++) {
                        int length = readHeaders(in);
                        if (length < 0) {
                            break;
                        }
                        in.skip(length);
                        requests.incrementAndGet();
                        if (onThisConnection > 0 || !answer) {
                            break; // drop the kept-alive connection without answering
                        }
                        answered.incrementAndGet();
                        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/ocsp-response\r\n"
                                + "Content-Length: 2\r\n\r\nok").getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    }
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private static int readHeaders(BufferedReader in) throws IOException {
            String line = in.readLine();
            if (line == null) {
                return -1;
            }
            int length = 0;
            while ((line = in.readLine()) != null && !line.isEmpty()) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            return length;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Nested
    class when_a_server_drops_a_kept_alive_connection {
        @Test
        void a_post_is_sent_again_on_a_new_connection() throws Exception {
            Http http = new Http(Duration.ofSeconds(5), Duration.ofSeconds(5));
            try (DroppingServer server = new DroppingServer(true)) {
                byte[] body = {1, 2, 3};
                assertThat(http.post(server.url(), "application/ocsp-request", body)).asString()
                        .isEqualTo("ok");
                assertThat(http.post(server.url(), "application/ocsp-request", body)).asString()
                        .isEqualTo("ok");
                assertThat(server.requests).as("the dropped request and its repetition")
                        .hasValue(3);
                assertThat(server.answered).hasValue(2);
            }
        }

        @Test
        void a_get_is_sent_again_on_a_new_connection() throws Exception {
            Http http = new Http(Duration.ofSeconds(5), Duration.ofSeconds(5));
            try (DroppingServer server = new DroppingServer(true)) {
                assertThat(http.get(server.url())).asString().isEqualTo("ok");
                assertThat(http.get(server.url())).asString().isEqualTo("ok");
                assertThat(server.answered).hasValue(2);
            }
        }

        @Test
        void a_server_that_drops_again_is_reported_after_one_repetition() throws Exception {
            Http http = new Http(Duration.ofSeconds(5), Duration.ofSeconds(5));
            try (DroppingServer server = new DroppingServer(false)) {
                byte[] body = {1, 2, 3};
                http.post(server.url(), "application/ocsp-request", body);
                assertThatThrownBy(() -> http.post(server.url(), "application/ocsp-request", body))
                        .isInstanceOf(IOException.class)
                        .hasMessageStartingWith(server.url() + " closed the connection twice"
                                + " without answering: ");
                assertThat(server.requests).as("one repetition, no more").hasValue(3);
            }
        }
    }
}
