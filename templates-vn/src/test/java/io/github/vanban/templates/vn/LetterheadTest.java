// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterheadTest {
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    /** An organisation template: Arial defaults, its own body style and one style of its own. */
    private static final String ORG_STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles " + W + ">"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/></w:rPr>"
            + "</w:rPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"VBLienHe\"><w:name w:val=\"Lien he\"/><w:rPr>"
            + "<w:color w:val=\"1F3864\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"OrgSlogan\"><w:name w:val=\"Org slogan\"/></w:style>"
            + "</w:styles>";

    private static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(p.getKey()));
                z.write(p.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static Map<String, byte[]> unzip(byte[] docx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                parts.put(e.getName(), z.readAllBytes());
            }
        }
        return parts;
    }

    private static Path orgTemplate(Path dir, String styles) throws IOException {
        Path docx = dir.resolve("letterhead.docx");
        Files.write(docx, zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                "word/styles.xml", styles.getBytes(StandardCharsets.UTF_8))));
        return docx;
    }

    @Nested
    class applied_to_a_rendered_letter {
        @Test
        void replaces_the_styles_it_defines_adds_its_own_and_keeps_the_rest(@TempDir Path dir) throws IOException {
            byte[] rendered = Files.readAllBytes(RenderedForms.get("1.5-cong-van").docx());
            Letterhead letterhead = Letterhead.read(orgTemplate(dir, ORG_STYLES));

            Map<String, byte[]> before = unzip(rendered);
            Map<String, byte[]> after = unzip(letterhead.apply(rendered));
            String styles = new String(after.get("word/styles.xml"), StandardCharsets.UTF_8);

            assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
            assertThat(after.get("word/document.xml")).isEqualTo(before.get("word/document.xml"));
            assertThat(styles).contains("w:ascii=\"Arial\"", "w:styleId=\"OrgSlogan\"", "w:val=\"1F3864\"",
                    "w:styleId=\"VBQuocHieu\"");
            assertThat(styles.split("w:styleId=\"VBLienHe\"", -1)).hasSize(2);
            assertThat(styles).doesNotContain("Times New Roman\" w:hAnsi");
        }

        @Test
        void writes_a_new_file_and_leaves_the_source_alone(@TempDir Path dir) throws IOException {
            Path source = RenderedForms.get("1.5-cong-van").docx();
            byte[] original = Files.readAllBytes(source);
            Path target = dir.resolve("out.docx");

            Letterhead.read(orgTemplate(dir, ORG_STYLES)).apply(source, target);

            assertThat(Files.readAllBytes(source)).isEqualTo(original);
            assertThat(unzip(Files.readAllBytes(target))).containsKey("word/styles.xml");
        }

        @Test
        void refuses_to_overwrite_its_source(@TempDir Path dir) throws IOException {
            Path source = RenderedForms.get("1.5-cong-van").docx();
            Letterhead letterhead = Letterhead.read(orgTemplate(dir, ORG_STYLES));

            assertThatThrownBy(() -> letterhead.apply(source, source))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("target must differ from source, was " + source);
        }
    }

    @Nested
    class when_the_template_is_not_usable {
        @Test
        void names_a_docx_without_styles(@TempDir Path dir) throws IOException {
            Path docx = dir.resolve("empty.docx");
            Files.write(docx, zip(Map.of("word/document.xml", "<x/>".getBytes(StandardCharsets.UTF_8))));

            assertThatThrownBy(() -> Letterhead.read(docx))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage(docx + ": no word/styles.xml; is it a DOCX letterhead template?");
        }

        @Test
        void names_a_file_that_is_not_a_zip(@TempDir Path dir) throws IOException {
            Path docx = dir.resolve("plain.docx");
            Files.writeString(docx, "not a zip");

            assertThatThrownBy(() -> Letterhead.read(docx))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage(docx + " is not a DOCX (no ZIP entries)");
        }

        @Test
        void refuses_a_doctype_in_the_styles(@TempDir Path dir) throws IOException {
            Path docx = orgTemplate(dir, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"e\">]><w:styles " + W
                    + "/>");

            assertThatThrownBy(() -> Letterhead.read(docx))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageStartingWith(docx + "!word/styles.xml: malformed XML: ");
        }
    }
}
