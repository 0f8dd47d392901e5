// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import org.apiguardian.api.API;

/**
 * Obtains RFC 3161 time-stamp tokens. Wired explicitly through {@link
 * PadesSigner.Builder#timestampSource(TimestampSource)}, never through {@code ServiceLoader}. The
 * shipped implementation is {@link TsaClient}; tests and offline set-ups may provide their own.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface TimestampSource {

    /**
     * Returns a time-stamp token over {@code digest}.
     *
     * @param digest the message imprint (already hashed)
     * @param digestAlgorithm the JCA name of the hash, e.g. {@code SHA-256}
     * @return the DER-encoded {@code TimeStampToken} (a CMS {@code ContentInfo})
     * @throws TimestampException if no valid token can be obtained
     */
    byte[] timestamp(byte[] digest, String digestAlgorithm);
}
