// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The state between {@link PadesSigner#prepare} and {@link PadesSigner#complete}: the data the
 * remote key must sign, and what is needed to embed the answer into the prepared file. It holds no
 * secret and can be stored ({@link #encode()}) and restored ({@link #decode(byte[])}) in another
 * process, minutes later. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PendingSignature {
    private static final String FORMAT = "vanban-pending-signature-1";

    private final PadesLevel level;
    private final SignatureScheme scheme;
    private final Instant signingTime;
    private final String fieldName;
    private final long contentsOffset;
    private final int contentsBytes;
    private final byte[] signedAttributes;
    private final List<X509Certificate> chain;
    private final byte[] preparedDigest;

    PendingSignature(PadesLevel level, SignatureScheme scheme, Instant signingTime,
            String fieldName, long contentsOffset, int contentsBytes, byte[] signedAttributes,
            List<X509Certificate> chain, byte[] preparedDigest) {
        this.level = level;
        this.scheme = scheme;
        this.signingTime = signingTime;
        this.fieldName = fieldName;
        this.contentsOffset = contentsOffset;
        this.contentsBytes = contentsBytes;
        this.signedAttributes = signedAttributes.clone();
        this.chain = List.copyOf(chain);
        this.preparedDigest = preparedDigest.clone();
    }

    /**
     * Returns the bytes to sign: the DER-encoded CMS signed attributes. Services that sign whole
     * data hash this with the scheme's digest themselves.
     *
     * @return a copy of the data to be signed
     */
    public byte[] dataToBeSigned() {
        return signedAttributes.clone();
    }

    /**
     * Returns the digest of {@link #dataToBeSigned()} with the scheme's digest, for services that
     * sign hashes (CSC {@code signatures/signHash}, VNPT SmartCA, Viettel MySign).
     *
     * @return the hash to sign
     */
    public byte[] digestToSign() {
        try {
            return MessageDigest.getInstance(scheme.digestAlgorithm()).digest(signedAttributes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Returns the scheme the signature value must use.
     *
     * @return the scheme
     */
    public SignatureScheme scheme() {
        return scheme;
    }

    /**
     * Returns the level {@link PadesSigner#complete} will reach.
     *
     * @return the level
     */
    public PadesLevel level() {
        return level;
    }

    /**
     * Returns the claimed signing time already written to {@code /M} and drawn.
     *
     * @return whole seconds
     */
    public Instant signingTime() {
        return signingTime;
    }

    /**
     * Returns the name of the signature field being signed.
     *
     * @return the field name
     */
    public String fieldName() {
        return fieldName;
    }

    /**
     * Returns the signer's certificate chain, signer first.
     *
     * @return the chain
     */
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    long contentsOffset() {
        return contentsOffset;
    }

    int contentsBytes() {
        return contentsBytes;
    }

    byte[] preparedDigest() {
        return preparedDigest.clone();
    }

    /**
     * Serialises this state as UTF-8 text ({@code key=value} lines, binary values in Base64).
     *
     * @return the encoded state
     */
    public byte[] encode() {
        Base64.Encoder b64 = Base64.getEncoder();
        StringBuilder sb = new StringBuilder(FORMAT).append('\n');
        sb.append("level=").append(level.name()).append('\n');
        sb.append("scheme=").append(scheme.name()).append('\n');
        sb.append("signingTime=").append(signingTime).append('\n');
        sb.append("fieldName=").append(b64.encodeToString(fieldName.getBytes(StandardCharsets.UTF_8))).append('\n');
        sb.append("contentsOffset=").append(contentsOffset).append('\n');
        sb.append("contentsBytes=").append(contentsBytes).append('\n');
        sb.append("signedAttributes=").append(b64.encodeToString(signedAttributes)).append('\n');
        sb.append("preparedDigest=").append(b64.encodeToString(preparedDigest)).append('\n');
        List<String> certs = new ArrayList<>();
        for (X509Certificate c : chain) {
            try {
                certs.add(b64.encodeToString(c.getEncoded()));
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        sb.append("chain=").append(String.join(",", certs)).append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Restores a state written by {@link #encode()}.
     *
     * @param encoded the bytes
     * @return the state
     * @throws IllegalArgumentException naming the missing or malformed entry
     */
    public static PendingSignature decode(byte[] encoded) {
        Objects.requireNonNull(encoded, "encoded");
        String[] lines = new String(encoded, StandardCharsets.UTF_8).split("\n");
        if (lines.length == 0 || !FORMAT.equals(lines[0])) {
            throw new IllegalArgumentException("encoded is not a " + FORMAT + " document");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int eq = lines[i].indexOf('=');
            if (eq > 0) {
                map.put(lines[i].substring(0, eq), lines[i].substring(eq + 1));
            }
        }
        Base64.Decoder b64 = Base64.getDecoder();
        try {
            List<X509Certificate> chain = new ArrayList<>();
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (String c : get(map, "chain").split(",")) {
                chain.add((X509Certificate) factory.generateCertificate(
                        new ByteArrayInputStream(b64.decode(c))));
            }
            return new PendingSignature(PadesLevel.valueOf(get(map, "level")),
                    SignatureScheme.valueOf(get(map, "scheme")),
                    Instant.parse(get(map, "signingTime")),
                    new String(b64.decode(get(map, "fieldName")), StandardCharsets.UTF_8),
                    Long.parseLong(get(map, "contentsOffset")),
                    Integer.parseInt(get(map, "contentsBytes")),
                    b64.decode(get(map, "signedAttributes")), chain,
                    b64.decode(get(map, "preparedDigest")));
        } catch (CertificateException | RuntimeException e) {
            if (e instanceof IllegalArgumentException && e.getMessage() != null
                    && e.getMessage().startsWith("encoded ")) {
                throw (IllegalArgumentException) e;
            }
            throw new IllegalArgumentException("encoded pending signature is malformed: "
                    + e.getMessage(), e);
        }
    }

    private static String get(Map<String, String> map, String key) {
        String value = map.get(key);
        if (value == null) {
            throw new IllegalArgumentException("encoded pending signature lacks '" + key + "'");
        }
        return value;
    }

    @Override
    public String toString() {
        return "PendingSignature[" + fieldName + ", " + level + ", " + scheme + ", "
                + signingTime + "]";
    }
}
