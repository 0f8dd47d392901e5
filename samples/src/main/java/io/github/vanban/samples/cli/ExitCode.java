// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

/**
 * The exit codes of the {@code vanban} command, a public contract that scripts may rely on.
 */
public final class ExitCode {
    /** The command did what was asked; for {@code validate}, no finding is an error. */
    public static final int OK = 0;

    /** A verification or check failed, e.g. a signature that does not verify. */
    public static final int CHECK_FAILED = 1;

    /**
     * Bad usage or bad input: unknown options, a missing or unreadable file, malformed JSON, a
     * document that breaks Decree 30 rules ({@code validate}), or an unexpected failure.
     */
    public static final int BAD_INPUT = 2;

    private ExitCode() {}
}
