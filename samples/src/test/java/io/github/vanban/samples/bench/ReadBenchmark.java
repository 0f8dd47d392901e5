// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.bench;

import io.github.vanban.core.parse.DocumentReader;
import io.github.vanban.core.parse.IncomingDocument;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;

/**
 * Reading incoming documents with {@link DocumentReader}: documents per second for the seed
 * letter as PDF and as DOCX (rendered once per fork by the library itself).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReadBenchmark extends BenchSettings {
    private DocumentReader reader;
    private byte[] pdf;
    private byte[] docx;

    /** Creates the state; JMH calls {@link #setUp}. */
    public ReadBenchmark() {}

    /** Renders the inputs and creates the reader once per fork. */
    @Setup
    public void setUp() {
        reader = DocumentReader.create();
        pdf = BenchInputs.letterPdf();
        docx = BenchInputs.letterDocx();
    }

    /**
     * Reads the PDF letter.
     *
     * @return the extracted document, consumed by JMH
     */
    @Benchmark
    public IncomingDocument readPdf() {
        return reader.read(pdf, "cong-van-lai-chau.pdf");
    }

    /**
     * Reads the DOCX letter.
     *
     * @return the extracted document, consumed by JMH
     */
    @Benchmark
    public IncomingDocument readDocx() {
        return reader.read(docx, "cong-van-lai-chau.docx");
    }
}
