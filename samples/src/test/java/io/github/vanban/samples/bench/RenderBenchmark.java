// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.bench;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.render.docx.DocxRenderer;
import io.github.vanban.core.render.pdf.PdfRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Warm rendering of the seed letter (issues 3 and 4). The LibreOffice DOCX → PDF baseline
 * runs outside the JVM, timed by {@code scripts/bench.sh}; the DOCX cold start by
 * {@link DocxColdStart}.
 */
public class RenderBenchmark extends BenchSettings {
    private AdministrativeDocument letter;
    private PdfRenderer pdf;
    private DocxRenderer docx;

    /** Creates the state; JMH calls {@link #setUp}. */
    public RenderBenchmark() {}

    /** Reads the letter and creates the renderers once per fork. */
    @Setup
    public void setUp() {
        letter = BenchInputs.letter();
        pdf = PdfRenderer.create();
        docx = DocxRenderer.create();
    }

    /**
     * Renders the letter to PDF in memory.
     *
     * @return the PDF, consumed by JMH
     */
    @Benchmark
    public byte[] renderPdf() {
        return pdf.render(letter);
    }

    /**
     * Renders the letter to DOCX in memory.
     *
     * @return the DOCX, consumed by JMH
     */
    @Benchmark
    public byte[] renderDocx() {
        return docx.render(letter);
    }
}
