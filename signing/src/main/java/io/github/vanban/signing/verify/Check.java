// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import java.util.Objects;

/**
 * One check made on a signature, for the detailed trace of a {@link SignatureReport}.
 *
 * @param name stable identifier, e.g. {@code byte-range}, {@code message-digest}, {@code
 *     certificate-path}, {@code revocation}, {@code modifications}
 * @param passed whether it passed
 * @param detail English description of what was found
 */
public record Check(String name, boolean passed, String detail) {

    /** Rejects nulls and blank names. */
    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detail, "detail");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
    }
}
