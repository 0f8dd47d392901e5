// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import io.github.vanban.signing.internal.Http;
import io.github.vanban.signing.internal.OnlineRevocation;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Supplies the revocation status (OCSP response or CRL) of one certificate, for B-LT and B-LTA. Wired
 * explicitly through {@link PadesSigner.Builder#validationDataSource(ValidationDataSource)}, never
 * through {@code ServiceLoader}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface ValidationDataSource {

    /**
     * Returns the revocation data for {@code certificate}, plus any certificate needed to check
     * it (e.g. an OCSP responder's certificate).
     *
     * @param certificate the certificate whose status is wanted
     * @param issuer its issuer
     * @return OCSP responses and/or CRLs covering the certificate; empty if none is known
     * @throws SigningException if the data is required but cannot be fetched
     */
    ValidationData fetch(X509Certificate certificate, X509Certificate issuer);

    /**
     * Fetches OCSP responses from the certificate's AIA OCSP URL (falling back to the CRL
     * distribution points when there is none) over HTTP.
     *
     * @param timeout connect and read timeout per request
     * @return an online source
     */
    static ValidationDataSource online(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        return new OnlineRevocation(new Http(timeout, timeout));
    }

    /**
     * Serves data the caller already has (for example fetched by another system), without
     * network access.
     *
     * @param data everything to embed
     * @return an offline source that returns {@code data} for every certificate
     */
    static ValidationDataSource offline(ValidationData data) {
        Objects.requireNonNull(data, "data");
        return (certificate, issuer) -> data;
    }
}
