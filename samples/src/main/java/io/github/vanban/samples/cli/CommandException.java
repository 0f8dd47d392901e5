// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import io.github.vanban.signing.SigningException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.function.IntSupplier;

/**
 * Bad usage or bad input found while a command runs (a missing file, an unset environment
 * variable, contradicting options): printed as one line after the command name, exit {@link
 * ExitCode#BAD_INPUT}.
 */
final class CommandException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CommandException(String message) {
        super(message);
    }

    CommandException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Runs a command body, turning the failures a user can cause (bad options, unreadable or
     * unsignable files, refusing services) into one line on {@code err} and exit {@link
     * ExitCode#BAD_INPUT}. Anything else reaches {@link VanbanCommand}'s handler.
     *
     * @param command e.g. "vanban sign"
     * @param err standard error
     * @param body the command's work, returning its exit code
     * @return the exit code
     */
    static int guard(String command, PrintWriter err, IntSupplier body) {
        try {
            return body.getAsInt();
        } catch (CommandException | SigningException | UncheckedIOException | IllegalArgumentException e) {
            err.println(command + ": " + firstLine(e));
            err.flush();
            return ExitCode.BAD_INPUT;
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message);
    }
}
