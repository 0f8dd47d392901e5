// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.demo;

import io.github.vanban.signing.PadesLevel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one {@link Demo#run()} did: the files it wrote, each signature with its verdict, and how
 * long each step took.
 *
 * @param outputDirectory where everything was written
 * @param files the files written, relative to {@code outputDirectory}, in the order written
 * @param signatures the signatures of the issued PDF, in signing order
 * @param steps the steps with their wall-clock durations, in order
 */
public record DemoReport(Path outputDirectory, List<Path> files, List<Signature> signatures, List<Step> steps) {
    /** Checks for nulls and copies the lists. */
    public DemoReport {
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        files = List.copyOf(files);
        signatures = List.copyOf(signatures);
        steps = List.copyOf(steps);
    }

    /**
     * One signature of the issued PDF.
     *
     * @param field the signature field, {@code vanban_signer} or {@code vanban_seal}
     * @param signer the signer certificate's subject (RFC 2253)
     * @param level the PAdES level the signer produced (from the signer's result, not re-validated)
     * @param intact whether the CMS signature verifies over the signed bytes and the signer
     *     certificate chains to the demo root
     * @param verdict a one-line explanation of {@code intact}
     */
    public record Signature(String field, String signer, PadesLevel level, boolean intact, String verdict) {
        /** Checks for nulls. */
        public Signature {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(signer, "signer");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(verdict, "verdict");
        }
    }

    /**
     * One timed step.
     *
     * @param name what was done, e.g. "render PDF"
     * @param duration how long it took
     */
    public record Step(String name, Duration duration) {
        /** Checks for nulls. */
        public Step {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(duration, "duration");
        }
    }

    /**
     * Tells whether every signature is intact.
     *
     * @return true when there is at least one signature and all are intact
     */
    public boolean allIntact() {
        return !signatures.isEmpty() && signatures.stream().allMatch(Signature::intact);
    }
}
