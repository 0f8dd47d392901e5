// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.batch;

import io.github.vanban.signing.PadesSigner;
import io.github.vanban.signing.SignRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Signs one PDF into an output directory under the same file name, with one {@link PadesSigner}
 * and {@link SignRequest} for every file. The input is never modified; a failure (not a PDF, no
 * such field, TSA down) fails that file only. Thread-safe as the signer is.
 */
public final class SignOperation implements Function<Path, ItemResult> {
    private final Path outputDirectory;
    private final PadesSigner signer;
    private final SignRequest request;

    /**
     * Creates the operation.
     *
     * @param outputDirectory where the signed files go; must exist and differ from every input's
     *     directory
     * @param signer the signer with its key and sources
     * @param request level, field and appearance for every file
     */
    public SignOperation(Path outputDirectory, PadesSigner signer, SignRequest request) {
        this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.request = Objects.requireNonNull(request, "request");
    }

    /**
     * Signs one file.
     *
     * @param input the PDF
     * @return the signed file, or why it failed
     */
    @Override
    public ItemResult apply(Path input) {
        Path target = outputDirectory.resolve(input.getFileName());
        signer.sign(input, target, request);
        return ItemResult.succeeded(input, List.of(target));
    }
}
