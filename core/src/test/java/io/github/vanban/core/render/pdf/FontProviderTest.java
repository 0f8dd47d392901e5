// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanban.core.render.FontStyle;
import io.github.vanban.core.testing.SampleDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontProviderTest {

    static void copy(String resource, Path target) throws IOException {
        try (InputStream in = FontProviderTest.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
    }

    /** Liberation Serif copied under Windows' Times New Roman file names. */
    static Path timesDirectory(Path dir) throws IOException {
        copy("liberation/LiberationSerif-Regular.ttf", dir.resolve("TIMES.TTF"));
        copy("liberation/LiberationSerif-Bold.ttf", dir.resolve("timesbd.ttf"));
        copy("liberation/LiberationSerif-Italic.ttf", dir.resolve("timesi.ttf"));
        copy("liberation/LiberationSerif-BoldItalic.ttf", dir.resolve("timesbi.ttf"));
        return dir;
    }

    @Nested
    class the_default {

        @Test
        void is_liberation_serif_and_shared() {
            assertThat(FontProvider.liberationSerif().familyName()).isEqualTo("Liberation Serif");
            assertThat(FontProvider.liberationSerif()).isSameAs(FontProvider.liberationSerif());
        }

        @Test
        void lends_parsed_fonts_and_reuses_them_once_returned() {
            FontProvider fonts = FontProvider.liberationSerif();
            Map<FontStyle, TrueTypeFont> first = fonts.acquire();
            Map<FontStyle, TrueTypeFont> second = fonts.acquire();
            assertThat(second.get(FontStyle.BOLD)).as("a font is never lent twice at once")
                    .isNotSameAs(first.get(FontStyle.BOLD));
            fonts.release(second);
            fonts.release(first);
            Map<FontStyle, TrueTypeFont> third = fonts.acquire();
            assertThat(third.get(FontStyle.BOLD)).isIn(first.get(FontStyle.BOLD), second.get(FontStyle.BOLD));
            fonts.release(third);
        }

        @Test
        void ships_the_ofl_licence_of_the_fonts() throws IOException {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/LICENSE-LiberationFonts")) {
                assertThat(in).isNotNull();
                assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                        .contains("SIL OPEN FONT LICENSE Version 1.1").contains("Reserved Font Name Liberation");
            }
        }
    }

    @Nested
    class user_supplied_fonts {

        @Test
        void are_found_by_their_times_new_roman_file_names_ignoring_case(@TempDir Path dir) throws IOException {
            FontProvider fonts = FontProvider.fromDirectory(timesDirectory(dir));
            assertThat(fonts.familyName()).isEqualTo("Liberation Serif");
            byte[] pdf = PdfRenderer.create(PdfRenderOptions.builder().fonts(fonts).clock(PdfRendererTest.CLOCK).build())
                    .render(SampleDocuments.congVanLaiChau());
            assertThat(pdf).as("the same faces give the same file")
                    .isEqualTo(PdfRendererTest.RENDERER.render(SampleDocuments.congVanLaiChau()));
        }

        @Test
        void are_rejected_with_the_directory_named_when_a_face_is_missing(@TempDir Path dir) throws IOException {
            copy("liberation/LiberationSerif-Regular.ttf", dir.resolve("times.ttf"));
            assertThatThrownBy(() -> FontProvider.fromDirectory(dir))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("directory " + dir + " does not hold the four Times New Roman files "
                            + "(times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf)");
        }

        @Test
        void are_rejected_when_a_file_is_not_a_font(@TempDir Path dir) throws IOException {
            Path bogus = Files.writeString(dir.resolve("times.ttf"), "not a font");
            assertThatThrownBy(() -> FontProvider.fromFiles(bogus, bogus, bogus, bogus))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("not a TrueType font: " + bogus);
        }
    }
}
