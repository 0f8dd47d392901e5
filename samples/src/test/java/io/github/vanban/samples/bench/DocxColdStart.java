// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.bench;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.render.docx.DocxRenderer;
import java.lang.management.ManagementFactory;

/**
 * The first DOCX rendering in a fresh JVM (issue 3): {@code scripts/bench.sh} starts this program
 * several times, with default flags, with {@code -XX:TieredStopAtLevel=1} and with an AppCDS
 * archive, and reads its one output line:
 * {@code jvm_to_main_ms=<n> first_render_ms=<n> second_render_ms=<n> bytes=<n>}.
 */
public final class DocxColdStart {
    private DocxColdStart() {}

    /**
     * Renders the seed letter twice and prints the timings.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        long toMain = ManagementFactory.getRuntimeMXBean().getUptime();
        AdministrativeDocument letter = BenchInputs.letter();
        long t0 = System.nanoTime();
        byte[] first = DocxRenderer.create().render(letter);
        long t1 = System.nanoTime();
        byte[] second = DocxRenderer.create().render(letter);
        long t2 = System.nanoTime();
        if (first.length == 0 || second.length == 0) {
            throw new IllegalStateException("empty DOCX");
        }
        System.out.println("jvm_to_main_ms=" + toMain + " first_render_ms="
                + (t1 - t0) / 1_000_000 + " second_render_ms=" + (t2 - t1) / 1_000_000
                + " bytes=" + first.length);
    }
}
