// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.demo;

import java.nio.file.Path;
import java.util.List;

/**
 * The demo's output directory holds files the demo would replace but did not write (or that were
 * changed since); nothing was written. Run again with {@code force} to replace them.
 */
public final class OutputConflictException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** The conflicting files, relative to the output directory. */
    private final List<String> files;

    OutputConflictException(Path directory, List<String> files) {
        super("Output directory " + directory + " holds files the demo did not write: "
                + String.join(", ", files) + "; use --force to overwrite them");
        this.files = List.copyOf(files);
    }

    /**
     * Returns the conflicting files, relative to the output directory.
     *
     * @return the files, in the order the demo would write them
     */
    public List<String> files() {
        return files;
    }
}
