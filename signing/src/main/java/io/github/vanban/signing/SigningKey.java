// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import java.security.cert.X509Certificate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Something that signs bytes with a private key it keeps to itself: a PKCS#12 file, a PKCS#11
 * token, a remote signing service. It is wired explicitly (passed to {@link
 * PadesSigner.Builder#key(SigningKey)}), never found through {@code ServiceLoader}.
 *
 * <p>Implementations must be safe for use by several threads, or document otherwise.
 *
 * @see KeyStoreSigningKey
 * @see CscSigningKey
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface SigningKey {

    /**
     * Returns the signer's certificate first, then its issuers up to (optionally) the root.
     *
     * @return a non-empty chain, signer first
     */
    List<X509Certificate> certificateChain();

    /**
     * Returns the scheme this key signs with when the caller does not choose one.
     *
     * @return RSA PKCS#1 v1.5 SHA-256 for RSA keys, ECDSA SHA-256 for EC keys, unless overridden
     */
    default SignatureScheme defaultScheme() {
        return SignatureScheme.defaultFor(certificateChain().get(0).getPublicKey().getAlgorithm());
    }

    /**
     * Signs {@code dataToBeSigned} (hashing it with the scheme's digest first).
     *
     * @param dataToBeSigned the DER-encoded CMS signed attributes
     * @param scheme the algorithm to use
     * @return the raw signature value (DER for ECDSA)
     * @throws SigningException if the key, token or service refuses or fails
     */
    byte[] sign(byte[] dataToBeSigned, SignatureScheme scheme);
}
