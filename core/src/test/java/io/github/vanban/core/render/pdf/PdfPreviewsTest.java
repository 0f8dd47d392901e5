// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanban.core.render.RenderException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPreviewsTest {
    static final byte[] SEED = PdfRendererTest.RENDERER.render(PdfRendererTest.longerLetter());

    static BufferedImage image(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Nested
    class rendering {

        @Test
        void gives_one_a4_png_per_page_at_the_requested_resolution() throws IOException {
            List<byte[]> pngs = PdfPreviews.render(SEED, 72);
            assertThat(pngs).hasSize(2);
            BufferedImage page = image(pngs.get(0));
            assertThat(page.getWidth()).isEqualTo(595);
            assertThat(page.getHeight()).as("595.28 x 841.89 pt, truncated").isEqualTo(841);
        }

        @Test
        void shows_ink_where_the_national_title_is_and_none_in_the_left_margin() throws IOException {
            BufferedImage page = image(PdfPreviews.render(SEED, 72).get(0));
            // The national title's first line sits around y = 57–72 pt in the right column.
            boolean inked = false;
            for (int x = 320; x < 560 && !inked; x++) {
                for (int y = 57; y < 75; y++) {
                    inked |= (page.getRGB(x, y) & 0xFF) < 100;
                }
            }
            assertThat(inked).isTrue();
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < 80; x++) {
                    assertThat(page.getRGB(x, y) & 0xFFFFFF).isEqualTo(0xFFFFFF);
                }
            }
        }

        @Test
        void writes_numbered_files_into_a_directory(@TempDir Path dir) throws IOException {
            Path pdf = Files.write(dir.resolve("seed.pdf"), SEED);
            List<Path> files = PdfPreviews.write(pdf, 50, dir.resolve("previews"));
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("page-1.png", "page-2.png");
            assertThat(image(Files.readAllBytes(files.get(1))).getWidth()).isEqualTo(413);
        }
    }

    @Nested
    class bad_input {

        @Test
        void rejects_a_resolution_outside_10_to_600_dpi() {
            assertThatThrownBy(() -> PdfPreviews.render(SEED, 1200))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("dpi must be between 10 and 600, was 1200.0");
        }

        @Test
        void rejects_bytes_that_are_not_a_pdf() {
            assertThatThrownBy(() -> PdfPreviews.render("hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 72))
                    .isInstanceOf(RenderException.class)
                    .hasMessage("cannot read the PDF bytes to render previews");
        }
    }
}
