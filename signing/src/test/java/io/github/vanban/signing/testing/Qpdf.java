// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** {@code qpdf --check} (Debian package {@code qpdf}) as a structural oracle for written files. */
public final class Qpdf {
    private Qpdf() {}

    /**
     * Returns what qpdf finds wrong with a file's structure (a non-zero exit or syntax errors).
     *
     * @param pdf the file
     * @return qpdf's report when it complains, or empty when the file is sound
     */
    public static java.util.Optional<String> problems(Path pdf) {
        try {
            Process p = new ProcessBuilder("qpdf", "--check", pdf.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            return code == 0 && out.contains("No syntax or stream encoding errors found")
                    ? java.util.Optional.empty() : java.util.Optional.of(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run qpdf", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
