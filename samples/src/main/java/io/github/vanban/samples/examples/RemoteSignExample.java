// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.examples;

import io.github.vanban.signing.Appearance;
import io.github.vanban.signing.PadesLevel;
import io.github.vanban.signing.PadesSigner;
import io.github.vanban.signing.PendingSignature;
import io.github.vanban.signing.SignRequest;
import io.github.vanban.signing.SignResult;
import io.github.vanban.signing.TsaClient;
import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Signs through a remote signing service that signs hashes (a CSC {@code signHash} endpoint, a
 * mobile signing app): prepare, let the service sign the digest, complete. The two halves may run
 * in different processes; the pending state is stored in between.
 */
public final class RemoteSignExample {
    private RemoteSignExample() {}

    /**
     * The remote service, as the application talks to it. Implemented by the application (an HTTP
     * client of the provider), wired explicitly.
     */
    public interface RemoteService {
        /**
         * Returns the signer's certificate chain, signer first.
         *
         * @return the chain
         */
        List<X509Certificate> certificateChain();

        /**
         * Signs a SHA-256 digest with the signer's key, e.g. after the signer confirms on a phone.
         *
         * @param sha256 the digest
         * @return the raw signature value (PKCS#1 v1.5 for RSA)
         */
        byte[] signDigest(byte[] sha256);
    }

    /**
     * Signs {@code pdf} into {@code signed} at B-T with the remote service's key.
     *
     * @param pdf the letter (not modified)
     * @param prepared a work file kept between the two steps
     * @param signed where the signed letter goes
     * @param service the remote signing service
     * @param tsa the time-stamp authority
     * @return the field signed, the signing time and level
     */
    public static SignResult sign(Path pdf, Path prepared, Path signed, RemoteService service, URI tsa) {
        // tag::sign-remote[]
        PadesSigner signer = PadesSigner.builder().timestampSource(TsaClient.of(tsa)).build();
        SignRequest request = SignRequest.builder()
                .level(PadesLevel.B_T).fieldName("vanban_signer").appearance(Appearance.invisible()).build();
        // 1. prepare: write the placeholder, get what the key must sign
        PendingSignature pending = signer.prepare(pdf, prepared, request, service.certificateChain());
        byte[] stored = pending.encode(); // keep it (database, session) while the signer confirms
        // 2. the remote service signs the digest
        byte[] value = service.signDigest(pending.digestToSign());
        // 3. complete: embed the signature and the time-stamp
        SignResult result = signer.complete(prepared, PendingSignature.decode(stored), value, signed);
        // end::sign-remote[]
        return result;
    }
}
