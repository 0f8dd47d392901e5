// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The text poppler's {@code pdftotext} reads from a PDF, widget appearances included: what a
 * reader of the page sees, independent of PDFBox.
 */
public final class PdfText {
    private PdfText() {}

    /**
     * Runs {@code pdftotext -enc UTF-8 OPTIONS PDF -} and fails the test if it exits non-zero.
     *
     * @param pdf the file
     * @param options e.g. {@code -f 1 -l 1} or a crop box {@code -x 0 -y 0 -W 596 -H 57}
     * @return what it printed
     */
    public static String of(Path pdf, String... options) {
        List<String> command = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
        command.addAll(List.of(options));
        command.add(pdf.toString());
        command.add("-");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(text).isZero();
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
