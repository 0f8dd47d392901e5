// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

/**
 * The overall outcome of verifying one signature, one document time-stamp or a whole document,
 * following the three indications of ETSI EN 319 102-1 (TOTAL-PASSED, TOTAL-FAILED,
 * INDETERMINATE).
 */
public enum Verdict {
    /** Every check passed: integrity, trust, time and revisions (ETSI TOTAL-PASSED). */
    VALID("valid", "hợp lệ"),
    /** A check proved the signature or document wrong, e.g. changed bytes (ETSI TOTAL-FAILED). */
    INVALID("invalid", "không hợp lệ"),
    /**
     * Nothing proved it wrong, but something needed to accept it is missing, e.g. a path to a
     * trusted root or revocation status (ETSI INDETERMINATE).
     */
    INDETERMINATE("indeterminate", "không xác định");

    private final String english;
    private final String vietnamese;

    Verdict(String english, String vietnamese) {
        this.english = english;
        this.vietnamese = vietnamese;
    }

    /**
     * Returns the English word for this verdict.
     *
     * @return e.g. {@code valid}
     */
    public String english() {
        return english;
    }

    /**
     * Returns the Vietnamese word for this verdict, as Circular 15/2025/TT-BKHCN asks results to
     * be shown in Vietnamese.
     *
     * @return e.g. {@code hợp lệ}
     */
    public String vietnamese() {
        return vietnamese;
    }

    /**
     * Returns the worse of this verdict and {@code other} (INVALID before INDETERMINATE before
     * VALID).
     *
     * @param other the verdict to combine with
     * @return the worse verdict
     */
    public Verdict worst(Verdict other) {
        return rank() >= other.rank() ? this : other;
    }

    private int rank() {
        switch (this) {
            case VALID:
                return 0;
            case INDETERMINATE:
                return 1;
            case INVALID:
                return 2;
            default:
                throw new AssertionError(this);
        }
    }
}
