// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.validation;

import java.util.List;

/**
 * All the findings of one validation, in document order.
 *
 * @param findings every finding; empty when the document follows every rule
 */
public record ValidationReport(List<Finding> findings) {
    /** Creates a report. */
    public ValidationReport {
        findings = List.copyOf(findings);
    }

    /**
     * Returns the findings of severity {@link Severity#ERROR}.
     *
     * @return the errors, in document order
     */
    public List<Finding> errors() {
        return withSeverity(Severity.ERROR);
    }

    /**
     * Returns the findings of severity {@link Severity#WARNING}.
     *
     * @return the warnings, in document order
     */
    public List<Finding> warnings() {
        return withSeverity(Severity.WARNING);
    }

    /**
     * Tells whether any finding is an error.
     *
     * @return {@code true} if the document breaks a rule Decree 30 makes mandatory
     */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * Returns the findings of one rule.
     *
     * @param rule the rule
     * @return its findings, in document order
     */
    public List<Finding> findingsOf(Rule rule) {
        return findings.stream().filter(f -> f.rule() == rule).toList();
    }

    /**
     * Returns a one-line English summary, e.g. "2 errors, 1 warning".
     *
     * @return the counts of errors and warnings
     */
    public String summary() {
        return count(errors().size(), "error") + ", " + count(warnings().size(), "warning");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private List<Finding> withSeverity(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }
}
