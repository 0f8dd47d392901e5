// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.demo;

import io.github.vanban.signing.PadesLevel;
import io.github.vanban.signing.verify.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
     * One signature of the issued PDF, as the verifier found it.
     *
     * @param field the signature field, {@code vanban_signer} or {@code vanban_seal}
     * @param signer the signer certificate's subject
     * @param level the PAdES baseline level the verifier detected; empty when not PAdES
     * @param requested the level the demo asked the signer for
     * @param verdict VALID, INVALID or INDETERMINATE (ETSI EN 319 102-1)
     * @param reason why, in English
     */
    public record Signature(String field, String signer, Optional<PadesLevel> level, PadesLevel requested,
            Verdict verdict, String reason) {
        /** Checks for nulls. */
        public Signature {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(signer, "signer");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(requested, "requested");
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(reason, "reason");
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
     * Tells whether every signature is valid.
     *
     * @return true when there is at least one signature and all are VALID
     */
    public boolean allValid() {
        return !signatures.isEmpty() && signatures.stream().allMatch(s -> s.verdict() == Verdict.VALID);
    }
}
