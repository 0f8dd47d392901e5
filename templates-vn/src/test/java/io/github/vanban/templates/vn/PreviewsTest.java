// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.model.Appendix;
import io.github.vanban.core.render.conformance.PdfLayout;
import io.github.vanban.core.render.pdf.PdfPreviews;
import io.github.vanban.templates.vn.RenderedForms.Rendered;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The preview PNGs under {@code docs/forms/}: page 1 of every sample form, and for a form with
 * appendices (or an issued document) after page 1 also the first page of the first one, named
 * {@code <sample>-appendix.png}. With {@code -Dforms.previews=true} the test rewrites them (at
 * {@value #DPI} dpi) from the PDF renderings; otherwise it checks that each is committed.
 */
class PreviewsTest {
    static final float DPI = 60;

    @Test
    void every_sample_form_has_a_preview_of_its_first_page_and_first_appendix() throws IOException {
        boolean update = Boolean.getBoolean("forms.previews");
        for (Rendered r : RenderedForms.all().values()) {
            List<byte[]> pages = update ? PdfPreviews.render(r.pdf(), DPI) : List.of();
            check(r.name() + ".png", update ? Optional.of(pages.get(0)) : Optional.empty(), update);
            Optional<Integer> appendixPage = firstAppendixPage(r);
            // A file of appendices only (form 2.2) opens with its first appendix: page 1 shows it.
            if (appendixPage.isPresent() && appendixPage.get() > 1) {
                check(r.name() + "-appendix.png",
                        update ? Optional.of(pages.get(appendixPage.get() - 1)) : Optional.empty(), update);
            }
        }
    }

    private static void check(String name, Optional<byte[]> png, boolean update) throws IOException {
        Path file = RenderedForms.PREVIEWS.resolve(name);
        if (update) {
            Files.createDirectories(file.getParent());
            Files.write(file, png.orElseThrow());
        }
        assertThat(file).as("preview %s; regenerate with -Dforms.previews=true", name).isRegularFile();
    }

    private static Optional<Integer> firstAppendixPage(Rendered r) {
        List<Appendix> appendices = r.document().appendices();
        if (appendices.isEmpty()) {
            return Optional.empty();
        }
        String heading = appendices.get(0).heading();
        return Optional.of(r.pdfLayout().rows().stream().filter(row -> row.text().equals(heading)).findFirst()
                .map(PdfLayout.Row::page).orElseThrow(() -> new AssertionError("no \"" + heading + "\" in " + r)));
    }
}
