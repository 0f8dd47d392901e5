// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.jspecify.annotations.Nullable;

/** What the checks learn about one signature; mutable scratch state of one verification run. */
final class SignatureFacts {
    final String fieldName;
    final COSDictionary dictionary;
    SignatureKind kind = SignatureKind.APPROVAL;
    String subFilter = "";
    List<Long> byteRange = List.of();
    /** 1-based signed revision; 0 when unknown. */
    int revision;
    long signedEnd = -1;
    boolean coversWholeDocument;
    Optional<Instant> claimedTime = Optional.empty();
    Optional<Instant> timestampTime = Optional.empty();
    Optional<Integer> docMdp = Optional.empty();
    Optional<FieldLock> lock = Optional.empty();
    Optional<io.github.vanban.signing.PadesLevel> level = Optional.empty();
    @Nullable X509Certificate signer;
    List<X509Certificate> path = List.of();
    final List<X509Certificate> cmsCertificates = new ArrayList<>();
    final RevocationData cmsRevocation = new RevocationData();
    Optional<SignatureChecker.PendingTimestamp> pendingTimestamp = Optional.empty();
    boolean integrityPassed;
    boolean hasSigningCertificateV2;
    boolean hasSigningTimeAttribute;
    boolean signerRevocationFromDss;
    final List<Check> checks = new ArrayList<>();
    final Set<Reason> failures = EnumSet.noneOf(Reason.class);

    SignatureFacts(String fieldName, COSDictionary dictionary) {
        this.fieldName = fieldName;
        this.dictionary = dictionary;
    }

    /** A FieldMDP lock: {@code All}, or {@code Include}/{@code Exclude} of the named fields. */
    record FieldLock(String action, List<String> fields) {}

    /** Whether this signature locks the field {@code name} against later changes. */
    boolean locks(String name) {
        if (lock.isEmpty()) {
            return false;
        }
        FieldLock l = lock.get();
        switch (l.action()) {
            case "Include":
                return l.fields().contains(name);
            case "Exclude":
                return !l.fields().contains(name);
            default:
                return true;
        }
    }

    void pass(String name, String detail) {
        checks.add(new Check(name, true, detail));
    }

    void fail(String name, Reason reason, String detail) {
        checks.add(new Check(name, false, detail));
        failures.add(reason);
    }

    boolean hasFailed() {
        return !failures.isEmpty();
    }

    /** The first failure in declaration order, or PASSED. */
    Reason reason() {
        return failures.isEmpty() ? Reason.PASSED : failures.iterator().next();
    }
}
