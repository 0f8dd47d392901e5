// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte access under the verifier, from memory and from a file, where ranges cross the
 * scratch buffer's chunk boundaries (the signed letters of the other suites fit in one chunk).
 */
class PdfBytesTest {
    private static final int B = PdfBytes.BUFFER;
    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    /** The same bytes from memory and from a file. */
    private List<PdfBytes> both(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("bytes-" + System.nanoTime() + ".bin"), bytes);
        return List.of(PdfBytes.of(bytes), PdfBytes.open(file));
    }

    private static byte[] filled(int length, char c) {
        byte[] b = new byte[length];
        Arrays.fill(b, (byte) c);
        return b;
    }

    @Nested
    class index_of {
        @Test
        void finds_a_needle_that_straddles_a_chunk_boundary() throws IOException {
            byte[] bytes = filled(3 * B, 'x');
            System.arraycopy(EOF, 0, bytes, B - 2, EOF.length);
            System.arraycopy(EOF, 0, bytes, 2 * B - 4, EOF.length);
            for (PdfBytes p : both(bytes)) {
                try (p) {
                    assertThat(p.indexOf(EOF, 0, p.length())).isEqualTo(B - 2);
                    assertThat(p.indexOf(EOF, B - 1, p.length())).isEqualTo(2 * B - 4);
                    assertThat(p.indexOf(EOF, 2 * B - 3, p.length())).isEqualTo(-1);
                }
            }
        }

        @Test
        void ignores_a_needle_that_runs_past_the_end_of_the_range() throws IOException {
            byte[] bytes = filled(2 * B, 'x');
            System.arraycopy(EOF, 0, bytes, B - 2, EOF.length);
            for (PdfBytes p : both(bytes)) {
                try (p) {
                    assertThat(p.indexOf(EOF, 0, B + 2)).isEqualTo(-1);
                    assertThat(p.indexOf(EOF, 0, B + 3)).isEqualTo(B - 2);
                    assertThat(p.indexOf(EOF, -5, Long.MAX_VALUE)).isEqualTo(B - 2);
                }
            }
        }
    }

    @Nested
    class a_file_larger_than_the_page_cache {
        /** 2 MiB + 5: read straight from the channel, and parsed through evicted pages. */
        private byte[] large() {
            byte[] bytes = new byte[(2 << 20) + 5];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) ('a' + i % 23);
            }
            System.arraycopy(EOF, 0, bytes, 20 * B - 2, EOF.length);
            return bytes;
        }

        @Test
        void scans_and_reads_ranges_like_the_array() throws IOException {
            byte[] bytes = large();
            for (PdfBytes p : both(bytes)) {
                try (p) {
                    assertThat(p.indexOf(EOF, 0, p.length())).isEqualTo(20 * B - 2);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    p.read(B - 3, 3L * B, out::write);
                    assertThat(out.toByteArray())
                            .isEqualTo(Arrays.copyOfRange(bytes, B - 3, 4 * B - 3));
                    assertThat(p.firstNonBlank(7)).isEqualTo(7);
                }
            }
        }

        @Test
        void a_prefix_reader_and_its_views_read_what_the_array_holds() throws IOException {
            byte[] bytes = large();
            int end = bytes.length - 1000;
            for (PdfBytes p : both(bytes)) {
                try (p; RandomAccessRead prefix = p.prefix(end)) {
                    assertThat(prefix.length()).isEqualTo(end);
                    RandomAccessReadView view = prefix.createView(3L * PdfBytes.PAGE - 2, 10);
                    long[] seeks = {0, end - 3, 5 * PdfBytes.PAGE - 1, 17, 100L * PdfBytes.PAGE,
                        1L * PdfBytes.PAGE - 1, end - 1};
                    for (long at : seeks) {
                        prefix.seek(at);
                        byte[] got = new byte[40];
                        int n = prefix.read(got, 0, got.length);
                        assertThat(n).isPositive();
                        assertThat(Arrays.copyOf(got, n)).as("at " + at)
                                .isEqualTo(Arrays.copyOfRange(bytes, (int) at, (int) at + n));
                        assertThat(prefix.read()).isEqualTo(at + n < end
                                ? bytes[(int) at + n] & 0xFF : -1);
                        assertThat(view.read()).isEqualTo(
                                bytes[3 * PdfBytes.PAGE - 2 + (int) view.getPosition() - 1]
                                        & 0xFF);
                    }
                    prefix.seek(end + 50);
                    assertThat(prefix.isEOF()).isTrue();
                    assertThat(prefix.read()).isEqualTo(-1);
                }
            }
        }
    }

    @Nested
    class first_non_blank {
        @Test
        void skips_white_space_and_nul_over_several_chunks() throws IOException {
            byte[] bytes = filled(3 * B + 10, ' ');
            bytes[5] = 'x';
            bytes[B] = '\n';
            bytes[B + 1] = 0;
            bytes[2 * B + 7] = 'y';
            for (PdfBytes p : both(bytes)) {
                try (p) {
                    assertThat(p.firstNonBlank(0)).isEqualTo(5);
                    assertThat(p.firstNonBlank(6)).isEqualTo(2 * B + 7);
                    assertThat(p.firstNonBlank(2 * B + 8)).isEqualTo(-1);
                    assertThat(p.firstNonBlank(p.length())).isEqualTo(-1);
                }
            }
        }
    }

    @Nested
    class reading_ranges {
        @Test
        void read_hands_over_exactly_the_range_in_chunks_of_at_most_the_buffer()
                throws IOException {
            byte[] bytes = new byte[3 * B];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (i * 31 + i / 7);
            }
            for (PdfBytes p : both(bytes)) {
                try (p) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    List<Integer> chunks = new ArrayList<>();
                    p.read(7, 2L * B + 3, (b, offset, count) -> {
                        chunks.add(count);
                        out.write(b, offset, count);
                    });
                    assertThat(out.toByteArray())
                            .isEqualTo(Arrays.copyOfRange(bytes, 7, 2 * B + 10));
                    assertThat(chunks).containsExactly(B, B, 3);
                    assertThat(p.copy(B - 1, B + 2))
                            .isEqualTo(Arrays.copyOfRange(bytes, B - 1, B + 2));
                    assertThat(p.at(B)).isEqualTo(bytes[B] & 0xFF);
                }
            }
        }

        @Test
        void a_range_outside_the_bytes_is_refused() throws IOException {
            for (PdfBytes p : both(filled(10, 'x'))) {
                try (p) {
                    assertThatThrownBy(() -> p.copy(8, 11))
                            .isInstanceOf(IndexOutOfBoundsException.class)
                            .hasMessage("[8, 11) is outside the 10-byte PDF");
                    assertThatThrownBy(() -> p.at(10))
                            .isInstanceOf(IndexOutOfBoundsException.class)
                            .hasMessage("[10, 11) is outside the 10-byte PDF");
                }
            }
        }

        @Test
        void a_file_cut_short_after_opening_is_a_read_error_that_is_remembered()
                throws IOException {
            Path file = Files.write(dir.resolve("cut.pdf"), filled(2 * B, 'x'));
            try (PdfBytes p = PdfBytes.open(file)) {
                try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    c.truncate(B);
                }
                assertThatThrownBy(() -> p.copy(0, 2 * B))
                        .isInstanceOf(UncheckedIOException.class)
                        .hasMessage("Cannot read " + file)
                        .cause().isInstanceOf(EOFException.class)
                        .hasMessage(file + " ended at offset " + B
                                + ", before its expected length of " + 2 * B + " bytes");
                assertThat(p.indexOf(EOF, 0, B)).isEqualTo(-1);
                assertThatThrownBy(p::throwIfReadFailed)
                        .isInstanceOf(UncheckedIOException.class)
                        .hasMessage("Cannot read " + file);
            }
        }
    }
}
