// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.conformance;

import java.util.Objects;

/**
 * One way a rendered PDF departs from the Decree 30 layout.
 *
 * @param rule a short stable identifier of the check, e.g. "motto-rule-length"
 * @param page the 1-based page, or 0 for the whole document
 * @param message what was expected and what was found, with the measured values
 */
public record Violation(String rule, int page, String message) {
    /** Creates a violation. */
    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return "[" + rule + (page > 0 ? " p." + page : "") + "] " + message;
    }
}
