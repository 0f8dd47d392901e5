// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import java.util.List;
import java.util.Objects;

/**
 * The verification result of a whole PDF: one {@link SignatureReport} per signature and document
 * time-stamp (in file order), every change later revisions made, and the document's overall
 * verdict. Made by {@link Verifier}; immutable.
 *
 * <p>A command line maps it to an exit code with {@link #exitCode()} and prints {@link
 * #toJson()} or {@link #toText()}.
 *
 * @param signatures one report per signature and document time-stamp, in file order
 * @param revisions the number of revisions (1 plus the number of incremental updates)
 * @param changes every change made after the first signed revision, oldest first
 * @param reason why the document's verdict is what it is
 */
public record VerificationReport(List<SignatureReport> signatures, int revisions,
        List<Change> changes, Reason reason) {

    /** Rejects nulls and copies the lists. */
    public VerificationReport {
        signatures = List.copyOf(signatures);
        changes = List.copyOf(changes);
        Objects.requireNonNull(reason, "reason");
        if (revisions < 0) {
            throw new IllegalArgumentException("revisions must be >= 0, was " + revisions);
        }
    }

    /**
     * Returns the document's verdict: VALID only when it holds at least one signature, every
     * signature and time-stamp is VALID and no later revision made a non-permitted change.
     *
     * @return the verdict
     */
    public Verdict verdict() {
        return reason.verdict();
    }

    /**
     * Tells whether the document is VALID as a whole.
     *
     * @return true when {@link #verdict()} is VALID
     */
    public boolean isValid() {
        return verdict() == Verdict.VALID;
    }

    /**
     * Returns the changes that are not permitted.
     *
     * @return the non-permitted changes; empty when there are none
     */
    public List<Change> forbiddenChanges() {
        return changes.stream().filter(c -> !c.permitted()).toList();
    }

    /**
     * Returns the exit code for {@code vanban verify}: 0 when the document is VALID, 1 otherwise.
     * (Unreadable input throws {@link VerificationException}, which maps to 2.)
     *
     * @return 0 or 1
     */
    public int exitCode() {
        return isValid() ? 0 : 1;
    }

    /**
     * Returns the report as JSON (UTF-8 text, stable key order, times in ISO 8601 UTC), with
     * messages in English and Vietnamese.
     *
     * @return a JSON object
     */
    public String toJson() {
        return ReportWriter.write(this);
    }

    /**
     * Returns a short human-readable report, one block per signature, in Vietnamese and English.
     *
     * @return multi-line text
     */
    public String toText() {
        return ReportWriter.text(this);
    }
}
