// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The signature algorithms the signer produces, as allowed by Circular 15/2025/TT-BKHCN Annex I:
 * SHA-2 digests, RSA (PKCS#1 v1.5 or RSASSA-PSS, keys of at least 2048 bits) and ECDSA on P-256 or
 * P-384.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum SignatureScheme {
    /** RSA PKCS#1 v1.5 with SHA-256. */
    RSA_SHA256("SHA-256", "SHA256withRSA", "RSA"),
    /** RSA PKCS#1 v1.5 with SHA-384. */
    RSA_SHA384("SHA-384", "SHA384withRSA", "RSA"),
    /** RSA PKCS#1 v1.5 with SHA-512. */
    RSA_SHA512("SHA-512", "SHA512withRSA", "RSA"),
    /** RSASSA-PSS with SHA-256, MGF1 with SHA-256 and a 32-byte salt. */
    RSA_PSS_SHA256("SHA-256", "RSASSA-PSS", "RSA"),
    /** RSASSA-PSS with SHA-384, MGF1 with SHA-384 and a 48-byte salt. */
    RSA_PSS_SHA384("SHA-384", "RSASSA-PSS", "RSA"),
    /** ECDSA with SHA-256 (DER-encoded signature value). */
    ECDSA_SHA256("SHA-256", "SHA256withECDSA", "EC"),
    /** ECDSA with SHA-384 (DER-encoded signature value). */
    ECDSA_SHA384("SHA-384", "SHA384withECDSA", "EC");

    private final String digestAlgorithm;
    private final String jcaName;
    private final String keyAlgorithm;

    SignatureScheme(String digestAlgorithm, String jcaName, String keyAlgorithm) {
        this.digestAlgorithm = digestAlgorithm;
        this.jcaName = jcaName;
        this.keyAlgorithm = keyAlgorithm;
    }

    /**
     * Returns the JCA name of the digest this scheme signs, e.g. {@code SHA-256}.
     *
     * @return the JCA message digest name
     */
    public String digestAlgorithm() {
        return digestAlgorithm;
    }

    /**
     * Returns the JCA {@link java.security.Signature} algorithm name.
     *
     * @return e.g. {@code SHA256withRSA} or {@code RSASSA-PSS}
     */
    public String jcaName() {
        return jcaName;
    }

    /**
     * Returns the JCA key algorithm this scheme needs: {@code RSA} or {@code EC}.
     *
     * @return the key algorithm name
     */
    public String keyAlgorithm() {
        return keyAlgorithm;
    }

    /**
     * Tells whether this is an RSASSA-PSS scheme.
     *
     * @return true for the PSS variants
     */
    public boolean isPss() {
        return name().startsWith("RSA_PSS");
    }

    /**
     * Returns the parameters to pass to {@link java.security.Signature#setParameter} (PSS only).
     *
     * @return the PSS parameters, or empty for the other schemes
     */
    public Optional<AlgorithmParameterSpec> parameters() {
        if (!isPss()) {
            return Optional.empty();
        }
        boolean sha384 = this == RSA_PSS_SHA384;
        return Optional.of(new PSSParameterSpec(digestAlgorithm, "MGF1",
                sha384 ? MGF1ParameterSpec.SHA384 : MGF1ParameterSpec.SHA256, sha384 ? 48 : 32, 1));
    }

    /**
     * Returns the default scheme for a key algorithm: RSA PKCS#1 v1.5 SHA-256 or ECDSA SHA-256.
     *
     * @param keyAlgorithm {@code RSA} or {@code EC}
     * @return the default scheme
     * @throws IllegalArgumentException for any other key algorithm
     */
    public static SignatureScheme defaultFor(String keyAlgorithm) {
        switch (keyAlgorithm) {
            case "RSA":
                return RSA_SHA256;
            case "EC":
                return ECDSA_SHA256;
            default:
                throw new IllegalArgumentException(
                        "keyAlgorithm must be RSA or EC, was '" + keyAlgorithm + "'");
        }
    }
}
