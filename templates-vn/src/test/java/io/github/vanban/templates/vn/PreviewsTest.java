// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.render.pdf.PdfPreviews;
import io.github.vanban.templates.vn.RenderedForms.Rendered;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The preview PNGs of page 1 of every sample form under {@code docs/forms/}. With
 * {@code -Dforms.previews=true} the test rewrites them (at {@value #DPI} dpi) from the PDF
 * renderings; otherwise it checks that each sample has its committed preview.
 */
class PreviewsTest {
    static final float DPI = 60;

    @Test
    void every_sample_form_has_a_preview_of_its_first_page() throws IOException {
        boolean update = Boolean.getBoolean("forms.previews");
        for (Rendered r : RenderedForms.all().values()) {
            Path png = RenderedForms.PREVIEWS.resolve(r.name() + ".png");
            if (update) {
                Files.createDirectories(png.getParent());
                Files.write(png, PdfPreviews.render(r.pdf(), DPI).get(0));
            }
            assertThat(png).as("preview of %s; regenerate with -Dforms.previews=true", r.name()).isRegularFile();
        }
    }
}
