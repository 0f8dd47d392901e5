// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.validation;

import java.util.Objects;

/**
 * One broken rule: which rule, where in the document, and what to do about it.
 *
 * <p>The location is a JSON pointer (RFC 6901) into the document's JSON form (format version 1),
 * e.g. {@code /signer/authority} or {@code /distribution/3}, so that a finding points at the line
 * an author typed even when the document was built in Java.
 *
 * @param rule the rule that is broken
 * @param pointer the JSON pointer of the component concerned, {@code ""} for the whole document
 * @param message the English message: what is wrong and what to do
 */
public record Finding(Rule rule, String pointer, String message) {
    /** Creates a finding. */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            throw new IllegalArgumentException("pointer must be empty or start with \"/\", was \"" + pointer + "\"");
        }
    }

    /**
     * Returns the rule's stable id, e.g. {@code ND30-SYMBOL-LEGACY-ABBREVIATION}.
     *
     * @return the rule id
     */
    public String ruleId() {
        return rule.id();
    }

    /**
     * Returns the rule's severity.
     *
     * @return ERROR or WARNING
     */
    public Severity severity() {
        return rule.severity();
    }

    /**
     * Returns the Vietnamese term of the component concerned, e.g. "Nơi nhận".
     *
     * @return the term with diacritics
     */
    public String vietnameseTerm() {
        return rule.vietnameseTerm();
    }

    /**
     * Returns the legal basis, e.g. "Decree 30/2020/NĐ-CP, Appendix I, II.3".
     *
     * @return the provision the rule comes from
     */
    public String legalBasis() {
        return rule.legalBasis();
    }
}
