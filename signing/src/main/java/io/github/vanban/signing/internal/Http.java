// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** Minimal blocking HTTP client for TSA, OCSP and CRL traffic. Immutable and thread-safe. */
public final class Http {
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final HttpClient client;

    /**
     * Creates a client.
     *
     * @param connectTimeout TCP connect timeout
     * @param readTimeout timeout for the whole response
     */
    public Http(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * POSTs {@code body} and returns the response body of a 200 answer.
     *
     * @param url target
     * @param contentType request content type
     * @param body request body
     * @return response body
     * @throws IOException with a message naming the URL and the problem
     */
    public byte[] post(URI url, String contentType, byte[] body) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(readTimeout)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return send(url, request);
    }

    /**
     * POSTs a JSON body with an optional bearer token and returns the status and body, whatever
     * the status (CSC errors come as JSON with 4xx statuses).
     *
     * @param url target
     * @param json request body
     * @param bearer access token, or null
     * @return status code and body
     * @throws IOException on transport failures
     */
    public Response postJson(URI url, String json, char @org.jspecify.annotations.Nullable [] bearer)
            throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(url).timeout(readTimeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, java.nio.charset.StandardCharsets.UTF_8));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + new String(bearer));
        }
        HttpResponse<byte[]> response;
        try {
            response = exchange(url, b.build());
        } catch (Dropped e) {
            throw (IOException) e.getCause(); // not repeated: see send
        }
        return new Response(response.statusCode(),
                new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * An HTTP answer.
     *
     * @param status status code
     * @param body body text
     */
    public record Response(int status, String body) {}

    /**
     * GETs {@code url} and returns the body of a 200 answer.
     *
     * @param url target
     * @return response body
     * @throws IOException with a message naming the URL and the problem
     */
    public byte[] get(URI url) throws IOException {
        return send(url, HttpRequest.newBuilder(url).timeout(readTimeout).GET().build());
    }

    /**
     * Sends a TSA, OCSP or CRL request, repeating it once on a new connection when the server
     * closed the connection without answering. Servers such as {@code openssl ocsp} close after
     * each answer without saying {@code Connection: close}; a request that races that close finds
     * the pooled connection dead before the server read it. These requests are safe to repeat (a
     * repeated TSA request at worst yields a second token, which is discarded). Not used for CSC
     * calls, whose credentials may be single-use.
     */
    private byte[] send(URI url, HttpRequest request) throws IOException {
        HttpResponse<byte[]> response;
        try {
            response = exchange(url, request);
        } catch (Dropped first) {
            try {
                response = exchange(url, request);
            } catch (Dropped second) {
                throw new IOException(url + " closed the connection twice without answering: "
                        + second.getCause().getMessage(), second.getCause());
            }
        }
        if (response.statusCode() != 200) {
            throw new IOException(url + " answered HTTP " + response.statusCode());
        }
        return response.body();
    }

    private HttpResponse<byte[]> exchange(URI url, HttpRequest request) throws IOException {
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new IOException(url + " did not answer within " + readTimeout, e);
        } catch (java.net.ConnectException e) {
            throw new IOException("cannot connect to " + url + " (connect timeout "
                    + connectTimeout + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + url, e);
        } catch (IOException e) {
            throw new Dropped(url, e);
        }
        return response;
    }

    /** The connection broke after it was made, without an answer; see {@link #send}. */
    private static final class Dropped extends IOException {
        private static final long serialVersionUID = 1L;

        Dropped(URI url, IOException cause) {
            super(url + ": " + cause.getMessage(), cause);
        }
    }
}
