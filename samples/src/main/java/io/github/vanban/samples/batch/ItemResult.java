// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The outcome for one input of a batch.
 *
 * @param input the input file
 * @param outputs the files written for it (empty when it failed)
 * @param problems why it failed, one line each (e.g. the Decree 30 findings); empty when it succeeded
 */
public record ItemResult(Path input, List<Path> outputs, List<String> problems) {
    /** Checks for nulls and copies the lists. */
    public ItemResult {
        Objects.requireNonNull(input, "input");
        outputs = List.copyOf(outputs);
        problems = List.copyOf(problems);
    }

    /**
     * A success.
     *
     * @param input the input
     * @param outputs what was written
     * @return the result
     */
    public static ItemResult succeeded(Path input, List<Path> outputs) {
        return new ItemResult(input, outputs, List.of());
    }

    /**
     * A failure.
     *
     * @param input the input
     * @param problems why, at least one line
     * @return the result
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public static ItemResult failed(Path input, List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a failed item needs at least one problem: " + input);
        }
        return new ItemResult(input, List.of(), problems);
    }

    /**
     * Tells whether the item failed.
     *
     * @return true when there are problems
     */
    public boolean isFailed() {
        return !problems.isEmpty();
    }
}
