// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import io.github.vanban.signing.PadesLevel;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The verification result of one signature or document time-stamp. Made by {@link Verifier};
 * immutable.
 *
 * @param fieldName fully qualified name of the signature field
 * @param kind approval, certification or document time-stamp
 * @param subFilter the {@code /SubFilter}, e.g. {@code ETSI.CAdES.detached}; empty string if
 *     missing
 * @param signer the signer's (or, for a document time-stamp, the TSA's) certificate, when found
 * @param certificatePath the path from the signer to the trust anchor, signer first; empty when
 *     no path to a trust anchor was found
 * @param claimedSigningTime the {@code /M} entry (claimed by the signer, not proven)
 * @param timestampTime the time of the signature time-stamp (or, for a document time-stamp, its
 *     own time), when present and valid
 * @param level the PAdES baseline level detected (ETSI EN 319 142-1); empty when the signature
 *     is not a PAdES baseline signature (e.g. {@code adbe.pkcs7.detached})
 * @param byteRange the four {@code /ByteRange} numbers as found (may be fewer when malformed)
 * @param revision 1-based number of the revision this signature signs; 0 when the signed range
 *     ends at no revision end
 * @param coversWholeDocument whether the signed range reaches the end of the file
 * @param docMdpPermission the DocMDP {@code /P} (1, 2 or 3) of a certification signature
 * @param checks every check made, in order
 * @param reason why the verdict is what it is
 */
public record SignatureReport(String fieldName, SignatureKind kind, String subFilter,
        Optional<CertificateInfo> signer, List<CertificateInfo> certificatePath,
        Optional<Instant> claimedSigningTime, Optional<Instant> timestampTime,
        Optional<PadesLevel> level, List<Long> byteRange, int revision,
        boolean coversWholeDocument, Optional<Integer> docMdpPermission, List<Check> checks,
        Reason reason) {

    /** Rejects nulls and copies the lists. */
    public SignatureReport {
        Objects.requireNonNull(fieldName, "fieldName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subFilter, "subFilter");
        Objects.requireNonNull(signer, "signer");
        certificatePath = List.copyOf(certificatePath);
        Objects.requireNonNull(claimedSigningTime, "claimedSigningTime");
        Objects.requireNonNull(timestampTime, "timestampTime");
        Objects.requireNonNull(level, "level");
        byteRange = List.copyOf(byteRange);
        Objects.requireNonNull(docMdpPermission, "docMdpPermission");
        checks = List.copyOf(checks);
        Objects.requireNonNull(reason, "reason");
        if (revision < 0) {
            throw new IllegalArgumentException("revision must be >= 0, was " + revision);
        }
    }

    /**
     * Returns the verdict, which follows from the {@link #reason()}.
     *
     * @return VALID, INVALID or INDETERMINATE
     */
    public Verdict verdict() {
        return reason.verdict();
    }

    /**
     * Tells whether this signature is VALID.
     *
     * @return true when the verdict is {@link Verdict#VALID}
     */
    public boolean isValid() {
        return verdict() == Verdict.VALID;
    }

    /**
     * Returns the checks that failed.
     *
     * @return failed checks in order; empty when all passed
     */
    public List<Check> failedChecks() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }
}
