// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.batch;

import io.github.vanban.core.io.AtomicFile;
import io.github.vanban.signing.verify.SignatureReport;
import io.github.vanban.signing.verify.VerificationReport;
import io.github.vanban.signing.verify.Verifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Verifies one signed PDF with a {@link Verifier}. The item succeeds when the document is VALID;
 * otherwise the problems are the overall verdict and each signature's verdict and reason. When a
 * report directory is given, the JSON report is written there as {@code <name>.verification.json}
 * whatever the verdict. A file that is not a readable PDF fails with the verifier's message.
 * Thread-safe as the verifier is.
 */
public final class VerifyOperation implements Function<Path, ItemResult> {
    private final Verifier verifier;
    private final Optional<Path> reportDirectory;

    /**
     * Creates the operation.
     *
     * @param verifier the verifier with its trust anchors
     * @param reportDirectory where JSON reports go (must exist), or empty for none
     */
    public VerifyOperation(Verifier verifier, Optional<Path> reportDirectory) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.reportDirectory = Objects.requireNonNull(reportDirectory, "reportDirectory");
    }

    /**
     * Verifies one file.
     *
     * @param input the PDF (not modified)
     * @return success with the report file (if any), or the verdicts and reasons
     */
    @Override
    public ItemResult apply(Path input) {
        VerificationReport report = verifier.verify(input);
        List<Path> written = new ArrayList<>();
        if (reportDirectory.isPresent()) {
            Path json = reportDirectory.get().resolve(RenderOperation.stem(input) + ".verification.json");
            AtomicFile.write(json, report.toJson().getBytes(StandardCharsets.UTF_8));
            written.add(json);
        }
        if (report.isValid()) {
            return ItemResult.succeeded(input, written);
        }
        List<String> problems = new ArrayList<>();
        problems.add(report.verdict() + (report.signatures().isEmpty() ? ": no signature" : ""));
        for (SignatureReport signature : report.signatures()) {
            problems.add(signature.fieldName() + ": " + signature.verdict() + ": " + signature.reason().english());
        }
        return ItemResult.failed(input, problems);
    }
}
