// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import io.github.vanban.core.io.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** File checks and writes shared by the subcommands: inputs never overwritten, outputs atomic. */
final class CommandFiles {
    private CommandFiles() {}

    /**
     * Tells whether two paths name the same file, whether or not {@code output} exists yet.
     *
     * @param input an existing file
     * @param output a path that may not exist
     * @return whether writing {@code output} would overwrite {@code input}
     */
    static boolean sameFile(Path input, Path output) {
        if (input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(output) && Files.isSameFile(input, output);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Describes why an input file cannot be read, or returns empty when it is a readable file.
     *
     * @param file the input
     * @return e.g. "no such file: a.pdf"
     */
    static java.util.Optional<String> unreadable(Path file) {
        if (!Files.exists(file)) {
            return java.util.Optional.of("no such file: " + file);
        }
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.of("not a file: " + file);
        }
        if (!Files.isReadable(file)) {
            return java.util.Optional.of("cannot read " + file);
        }
        return java.util.Optional.empty();
    }

    /**
     * Checks the input and output of a command that transforms one PDF into another.
     *
     * @param input the file read, which must exist and be readable
     * @param output the file written, which must not be the input
     * @throws CommandException otherwise
     */
    static void requireInputAndOutput(Path input, Path output) {
        unreadable(input).ifPresent(problem -> {
            throw new CommandException(problem);
        });
        if (sameFile(input, output)) {
            throw new CommandException("OUT.pdf " + output + " would overwrite the input");
        }
    }

    /**
     * Writes {@code content} to a temporary file beside {@code target} and moves it over the
     * target, so the target is never left half-written (core's {@link AtomicFile}, with the
     * CLI's wording of the error).
     *
     * @param target the file to create or replace
     * @param content the bytes
     * @throws UncheckedIOException if the file cannot be written
     */
    static void writeAtomically(Path target, byte[] content) {
        try {
            AtomicFile.write(target, content);
        } catch (UncheckedIOException e) {
            IOException cause = e.getCause();
            throw new UncheckedIOException(cause instanceof NoSuchFileException
                    ? "cannot write " + target + ": no such directory"
                    : "cannot write " + target + ": " + cause.getMessage(), cause);
        }
    }
}
