// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.bench;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.samples.examples.SampleLetterhead;
import io.github.vanban.templates.vn.Letterhead;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Warm application of an organisation's letterhead (issue 7) to the seed letter's DOCX: reading
 * the rendered package and the template, copying the footer, filling {@code vanban.contact},
 * writing the package. Compare with {@link RenderBenchmark#renderDocx()}, the rendering itself.
 */
public class LetterheadBenchmark extends BenchSettings {
    private AdministrativeDocument letter;
    private byte[] docx;
    private Letterhead letterhead;
    private Path dir;

    /** Creates the state; JMH calls {@link #setUp}. */
    public LetterheadBenchmark() {}

    /** Renders the letter and reads the sample letterhead once per fork. */
    @Setup
    public void setUp() {
        try {
            dir = Files.createTempDirectory("vanban-letterhead-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        letter = BenchInputs.letter();
        docx = BenchInputs.letterDocx();
        letterhead = Letterhead.read(SampleLetterhead.write(dir.resolve("letterhead.docx")));
    }

    /** Deletes the template file. */
    @TearDown
    public void tearDown() {
        try {
            Files.deleteIfExists(dir.resolve("letterhead.docx"));
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Applies the letterhead to the rendered letter in memory.
     *
     * @return the new DOCX, consumed by JMH
     */
    @Benchmark
    public byte[] applyLetterhead() {
        return letterhead.apply(letter, docx);
    }
}
