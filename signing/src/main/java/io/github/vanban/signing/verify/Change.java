// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import java.util.Objects;

/**
 * One change found when comparing a revision with the one before it.
 *
 * @param revision 1-based number of the revision that made the change
 * @param object the changed object, e.g. {@code 12 0 R}, or {@code trailer} / {@code file}
 * @param kind the class of change
 * @param permitted whether the change is allowed after the earlier signatures (strict policy,
 *     DocMDP of a certification signature applied)
 * @param detail English description naming what changed
 */
public record Change(int revision, String object, ChangeKind kind, boolean permitted,
        String detail) {

    /** Rejects nulls and non-positive revision numbers. */
    public Change {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be >= 1, was " + revision);
        }
    }
}
