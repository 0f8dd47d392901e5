// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import org.apiguardian.api.API;

/** The PAdES baseline levels of ETSI EN 319 142-1 V1.2.1, in increasing order. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum PadesLevel {
    /** Basic signature: CMS with signing-certificate-v2, claimed time in {@code /M}. */
    B_B,
    /** B-B plus an RFC 3161 signature time-stamp in the CMS unsigned attributes. */
    B_T,
    /** B-T plus a {@code /DSS} dictionary holding every certificate, OCSP response and CRL. */
    B_LT,
    /** B-LT plus a document time-stamp ({@code ETSI.RFC3161}) over the whole file. */
    B_LTA;

    /**
     * Tells whether this level includes everything {@code other} requires.
     *
     * @param other the level to compare with
     * @return true when this level is {@code other} or higher
     */
    public boolean includes(PadesLevel other) {
        return compareTo(other) >= 0;
    }
}
