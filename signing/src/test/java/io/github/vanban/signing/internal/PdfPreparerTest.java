// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.signing.SignRequest;
import io.github.vanban.signing.testing.Pdfsig;
import io.github.vanban.signing.testing.SigningFixtures;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPreparerTest {
    static final float MM = 72f / 25.4f;

    @Nested
    class keeping_a_seal_placeholder_in_place {
        final float w = 36 * MM;

        @Test
        void keeps_a_square_placeholder_as_wide_as_a_round_seal() {
            assertThat(PdfPreparer.keepsSeal(new PDRectangle(300, 60, w, w), w, w)).isTrue();
        }

        @Test
        void keeps_a_square_placeholder_for_a_seal_image_that_is_not_square() {
            assertThat(PdfPreparer.keepsSeal(new PDRectangle(300, 60, w, w), w, w * 0.8f)).isTrue();
        }

        @Test
        void keeps_a_placeholder_of_exactly_the_image_size() {
            assertThat(PdfPreparer.keepsSeal(new PDRectangle(300, 60, w, w * 0.8f), w, w * 0.8f)).isTrue();
        }

        @Test
        void moves_a_placeholder_of_another_width() {
            assertThat(PdfPreparer.keepsSeal(new PDRectangle(300, 60, 65, 65), w, w)).isFalse();
            assertThat(PdfPreparer.keepsSeal(new PDRectangle(300, 60, w + 0.5f, w), w, w)).isFalse();
        }

        @Test
        void moves_a_placeholder_as_wide_but_of_another_height() {
            assertThat(PdfPreparer.keepsSeal(new PDRectangle(300, 60, w, w / 2), w, w)).isFalse();
        }
    }

    @Nested
    class an_input_above_the_in_memory_limit {
        @Test
        void is_read_from_the_file_and_signed_over_its_whole_length(@TempDir Path dir)
                throws Exception {
            Path input = padded(dir.resolve("large.pdf"), PdfPreparer.IN_MEMORY_LIMIT + (1 << 20));
            byte[] before = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(input));
            Path output = dir.resolve("signed.pdf");

            SigningFixtures fix = SigningFixtures.get();
            fix.signer(fix.pki().leader()).sign(input, output, SignRequest.builder().build());

            List<Pdfsig.Signature> signatures = Pdfsig.check(output, fix.nssDatabase());
            assertThat(signatures).hasSize(1);
            assertThat(signatures.get(0).isValid()).as(signatures.get(0).text()).isTrue();
            assertThat(signatures.get(0).coversWholeDocument()).isTrue();
            assertThat(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(input)))
                    .isEqualTo(before);
        }

        /** A one-page PDF whose content stream is padded with comment lines to {@code size}. */
        private Path padded(Path file, long size) throws Exception {
            try (PDDocument doc = new PDDocument()) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                COSStream stream = doc.getDocument().createCOSStream();
                byte[] line = "% padding line for a large file, 64 bytes long, no filter....\n"
                        .getBytes(StandardCharsets.US_ASCII);
                try (OutputStream out = stream.createRawOutputStream()) {
                    for (long written = 0; written < size; written += line.length) {
                        out.write(line);
                    }
                }
                page.setContents(new PDStream(stream));
                doc.save(file.toFile());
            }
            assertThat(Files.size(file)).isGreaterThan(PdfPreparer.IN_MEMORY_LIMIT);
            return file;
        }
    }
}
