// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.vanban.signing.internal.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;

/**
 * A loopback stand-in for a Cloud Signature Consortium API v2 service (VNPT SmartCA, Viettel
 * MySign shape) holding one real key: {@code credentials/info}, {@code credentials/authorize}
 * (checks the bearer token and PIN, issues a one-time SAD) and {@code signatures/signHash} (RSA
 * PKCS#1 v1.5 over a DigestInfo, or ECDSA returned as raw r||s like some services do).
 */
public final class CscStub implements AutoCloseable {
    /** The credential id served. */
    public static final String CREDENTIAL = "vanban-credential-1";

    private final HttpServer server;
    private final TestPki.Identity identity;
    private final String token;
    private final String pin;
    private final Set<String> sads = ConcurrentHashMap.newKeySet();

    /**
     * Starts the stub on a free loopback port.
     *
     * @param identity the key and chain it holds
     * @param token the bearer token it accepts
     * @param pin the PIN it accepts
     * @return the running stub
     */
    public static CscStub start(TestPki.Identity identity, String token, String pin) {
        try {
            return new CscStub(identity, token, pin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CscStub(TestPki.Identity identity, String token, String pin) throws IOException {
        this.identity = identity;
        this.token = token;
        this.pin = pin;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/csc/v2/", this::handle);
        server.start();
    }

    /**
     * Returns the API base URL.
     *
     * @return {@code http://127.0.0.1:<port>/csc/v2/}
     */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/csc/v2/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                reply(exchange, 401, error("invalid_token", "The access token is not valid"));
                return;
            }
            Map<?, ?> request = (Map<?, ?>) Json.parse(new String(
                    exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (!CREDENTIAL.equals(request.get("credentialID"))) {
                reply(exchange, 400, error("invalid_request", "Invalid credentialID"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.endsWith("/credentials/info")) {
                List<String> certs = new ArrayList<>();
                for (X509Certificate c : identity.chain()) {
                    certs.add(Base64.getEncoder().encodeToString(c.getEncoded()));
                }
                reply(exchange, 200, Map.of("cert", Map.of("certificates", certs),
                        "authMode", "explicit"));
            } else if (path.endsWith("/credentials/authorize")) {
                if (!pin.equals(request.get("PIN"))) {
                    reply(exchange, 400, error("invalid_request", "Invalid PIN"));
                    return;
                }
                String sad = UUID.randomUUID().toString();
                sads.add(sad);
                reply(exchange, 200, Map.of("SAD", sad, "expiresIn", 300));
            } else if (path.endsWith("/signatures/signHash")) {
                if (!sads.remove(String.valueOf(request.get("SAD")))) {
                    reply(exchange, 400, error("invalid_request", "SAD is not valid"));
                    return;
                }
                List<String> out = new ArrayList<>();
                for (Object h : (List<?>) request.get("hashes")) {
                    out.add(Base64.getEncoder().encodeToString(signHash(
                            Base64.getDecoder().decode(h.toString()),
                            request.get("hashAlgorithmOID").toString())));
                }
                reply(exchange, 200, Map.of("signatures", out));
            } else {
                reply(exchange, 404, error("invalid_request", "unknown endpoint"));
            }
        } catch (Exception e) {
            reply(exchange, 500, error("server_error", String.valueOf(e.getMessage())));
        }
    }

    private byte[] signHash(byte[] hash, String hashOid) throws Exception {
        if (identity.keyPair().getPrivate().getAlgorithm().equals("EC")) {
            Signature s = Signature.getInstance("NONEwithECDSA");
            s.initSign(identity.keyPair().getPrivate());
            s.update(hash);
            ASN1Sequence seq = ASN1Sequence.getInstance(s.sign());
            int size = (((java.security.interfaces.ECKey) identity.keyPair().getPrivate())
                    .getParams().getCurve().getField().getFieldSize() + 7) / 8;
            byte[] raw = new byte[2 * size];
            copy(ASN1Integer.getInstance(seq.getObjectAt(0)).getValue(), raw, 0, size);
            copy(ASN1Integer.getInstance(seq.getObjectAt(1)).getValue(), raw, size, size);
            return raw;
        }
        Signature s = Signature.getInstance("NONEwithRSA");
        s.initSign(identity.keyPair().getPrivate());
        s.update(new DigestInfo(new AlgorithmIdentifier(new ASN1ObjectIdentifier(hashOid)), hash)
                .getEncoded());
        return s.sign();
    }

    private static void copy(BigInteger value, byte[] into, int offset, int size) {
        byte[] b = value.toByteArray();
        int start = Math.max(0, b.length - size);
        System.arraycopy(b, start, into, offset + size - (b.length - start), b.length - start);
    }

    private static Map<String, Object> error(String code, String description) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", code);
        m.put("error_description", description);
        return m;
    }

    private static void reply(HttpExchange exchange, int status, Object json) throws IOException {
        byte[] body = Json.write(json).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
