// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import io.github.vanban.signing.internal.Cms;
import io.github.vanban.signing.internal.Http;
import io.github.vanban.signing.internal.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.jspecify.annotations.Nullable;

/**
 * A {@link SigningKey} held by a remote signing service speaking the Cloud Signature Consortium
 * API v2 ({@code credentials/info}, {@code credentials/authorize}, {@code signatures/signHash}),
 * the shape VNPT SmartCA and Viettel MySign expose. Only the hash of the data to be signed leaves
 * the process.
 *
 * <p>The certificate chain is fetched once when the key is built. Each signature asks the PIN
 * supplier (if any) for a fresh {@code char[]}, sends it to {@code credentials/authorize} and then
 * clears it (the JSON request body unavoidably holds it as a string until garbage-collected); the
 * access token is kept for the key's lifetime and never logged. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CscSigningKey implements SigningKey {
    private final URI baseUrl;
    private final char[] accessToken;
    private final String credentialId;
    private final Optional<Supplier<char[]>> pin;
    private final Http http;
    private final List<X509Certificate> chain;

    private CscSigningKey(Builder b, URI baseUrl, Http http) {
        this.baseUrl = baseUrl;
        this.accessToken = b.accessToken.clone();
        this.credentialId = b.credentialId;
        this.pin = b.pin;
        this.http = http;
        this.chain = fetchChain();
    }

    /**
     * Starts a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    @Override
    public byte[] sign(byte[] dataToBeSigned, SignatureScheme scheme) {
        Objects.requireNonNull(dataToBeSigned, "dataToBeSigned");
        Objects.requireNonNull(scheme, "scheme");
        byte[] hash;
        try {
            hash = MessageDigest.getInstance(scheme.digestAlgorithm()).digest(dataToBeSigned);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        String hashB64 = Base64.getEncoder().encodeToString(hash);
        String hashOid = hashOid(scheme);
        Map<String, Object> authorize = new LinkedHashMap<>();
        authorize.put("credentialID", credentialId);
        authorize.put("numSignatures", 1);
        authorize.put("hashes", List.of(hashB64));
        authorize.put("hashAlgorithmOID", hashOid);
        char[] secret = pin.map(Supplier::get).orElse(null);
        try {
            if (secret != null) {
                authorize.put("PIN", new String(secret));
            }
            Map<?, ?> authorized = call("credentials/authorize", authorize);
            Object sad = authorized.get("SAD");
            if (!(sad instanceof String)) {
                throw new SigningException("CSC service " + baseUrl
                        + " answered credentials/authorize without a SAD");
            }
            AlgorithmIdentifier algorithm = Cms.signatureAlgorithm(scheme);
            Map<String, Object> signHash = new LinkedHashMap<>();
            signHash.put("credentialID", credentialId);
            signHash.put("SAD", sad);
            signHash.put("hashes", List.of(hashB64));
            signHash.put("hashAlgorithmOID", hashOid);
            signHash.put("signAlgo", algorithm.getAlgorithm().getId());
            if (algorithm.getParameters() != null && scheme.isPss()) {
                signHash.put("signAlgoParams", Base64.getEncoder().encodeToString(
                        algorithm.getParameters().toASN1Primitive().getEncoded()));
            }
            Map<?, ?> signed = call("signatures/signHash", signHash);
            Object signatures = signed.get("signatures");
            if (!(signatures instanceof List) || ((List<?>) signatures).size() != 1) {
                throw new SigningException("CSC service " + baseUrl
                        + " answered signatures/signHash without exactly one signature");
            }
            byte[] value = Base64.getDecoder().decode(((List<?>) signatures).get(0).toString());
            return scheme.keyAlgorithm().equals("EC") ? derEcdsa(value) : value;
        } catch (IOException e) {
            throw new SigningException("CSC service " + baseUrl + " failed: " + e.getMessage(), e);
        } finally {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
    }

    private List<X509Certificate> fetchChain() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("credentialID", credentialId);
        request.put("certificates", "chain");
        try {
            Map<?, ?> info = call("credentials/info", request);
            Object cert = info.get("cert");
            Object list = cert instanceof Map ? ((Map<?, ?>) cert).get("certificates") : null;
            if (!(list instanceof List) || ((List<?>) list).isEmpty()) {
                throw new SigningException("CSC service " + baseUrl
                        + " returned no certificate for credential '" + credentialId + "'");
            }
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> out = new ArrayList<>();
            for (Object b64 : (List<?>) list) {
                out.add((X509Certificate) factory.generateCertificate(
                        new ByteArrayInputStream(Base64.getDecoder().decode(b64.toString()))));
            }
            return List.copyOf(out);
        } catch (IOException | CertificateException e) {
            throw new SigningException("CSC service " + baseUrl + " failed: " + e.getMessage(), e);
        }
    }

    private Map<?, ?> call(String endpoint, Map<String, Object> body) throws IOException {
        URI url = baseUrl.resolve(endpoint);
        Http.Response response = http.postJson(url, Json.write(body), accessToken);
        Object json;
        try {
            json = Json.parse(response.body());
        } catch (IllegalArgumentException e) {
            json = null;
        }
        if (response.status() != 200) {
            String error = "";
            if (json instanceof Map) {
                Map<?, ?> m = (Map<?, ?>) json;
                error = ": " + m.get("error") + " (" + m.get("error_description") + ")";
            }
            throw new SigningException("CSC service " + url + " answered HTTP " + response.status()
                    + error);
        }
        if (!(json instanceof Map)) {
            throw new SigningException("CSC service " + url + " did not answer a JSON object");
        }
        return (Map<?, ?>) json;
    }

    private static String hashOid(SignatureScheme scheme) {
        switch (scheme.digestAlgorithm()) {
            case "SHA-256":
                return "2.16.840.1.101.3.4.2.1";
            case "SHA-384":
                return "2.16.840.1.101.3.4.2.2";
            default:
                return "2.16.840.1.101.3.4.2.3";
        }
    }

    /** Some services return ECDSA values as raw r||s; CMS needs DER. */
    private static byte[] derEcdsa(byte[] value) throws IOException {
        if (value.length > 0 && value[0] == 0x30) {
            return value;
        }
        int half = value.length / 2;
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(value, 0, half))));
        v.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(value, half, value.length))));
        return new DERSequence(v).getEncoded();
    }

    @Override
    public String toString() {
        return "CscSigningKey[" + baseUrl + ", credential " + credentialId + "]";
    }

    /** Builder for {@link CscSigningKey}; a single-thread scratch object. */
    public static final class Builder {
        private @Nullable URI baseUrl;
        private char[] accessToken = new char[0];
        private String credentialId = "";
        private Optional<Supplier<char[]>> pin = Optional.empty();
        private Duration timeout = Duration.ofSeconds(30);

        private Builder() {}

        /**
         * Sets the API base URL, e.g. {@code https://ca.example/csc/v2/}.
         *
         * @param url the base URL (a trailing slash is added if missing)
         * @return this builder
         */
        public Builder baseUrl(URI url) {
            Objects.requireNonNull(url, "url");
            this.baseUrl = url.toString().endsWith("/") ? url : URI.create(url + "/");
            return this;
        }

        /**
         * Sets the OAuth 2.0 access token sent as {@code Authorization: Bearer}; copied, so the
         * caller may clear its array.
         *
         * @param token the token
         * @return this builder
         */
        public Builder accessToken(char[] token) {
            this.accessToken = Objects.requireNonNull(token, "token").clone();
            return this;
        }

        /**
         * Sets the credential (key) to use.
         *
         * @param id the CSC credentialID
         * @return this builder
         */
        public Builder credentialId(String id) {
            this.credentialId = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets where the PIN for {@code credentials/authorize} comes from; each returned array is
         * cleared after use.
         *
         * @param pin supplier of a fresh PIN array per signature
         * @return this builder
         */
        public Builder pin(Supplier<char[]> pin) {
            this.pin = Optional.of(Objects.requireNonNull(pin, "pin"));
            return this;
        }

        /**
         * Sets the connect and read timeout of each call (default 30 s).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("timeout must be positive, was " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Builds the key, fetching its certificate chain with {@code credentials/info}.
         *
         * @return the key
         * @throws IllegalStateException if the base URL, token or credential is missing
         * @throws SigningException if the service cannot be reached or refuses
         */
        public CscSigningKey build() {
            if (baseUrl == null) {
                throw new IllegalStateException("baseUrl is required");
            }
            if (accessToken.length == 0) {
                throw new IllegalStateException("accessToken is required");
            }
            if (credentialId.isBlank()) {
                throw new IllegalStateException("credentialId is required");
            }
            return new CscSigningKey(this, baseUrl, new Http(timeout, timeout));
        }
    }
}
