// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import static io.github.vanban.templates.vn.TemplateDocx.blockControl;
import static io.github.vanban.templates.vn.TemplateDocx.datePicker;
import static io.github.vanban.templates.vn.TemplateDocx.inlineControl;
import static io.github.vanban.templates.vn.TemplateDocx.pageField;
import static io.github.vanban.templates.vn.TemplateDocx.paragraph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.render.PageProfile;
import io.github.vanban.core.render.conformance.LayoutConformance;
import io.github.vanban.core.render.conformance.LibreOffice;
import io.github.vanban.core.render.conformance.PdfLayout;
import io.github.vanban.core.render.docx.DocxRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.docx4j.TextUtils;
import org.docx4j.XmlUtils;
import org.docx4j.model.structure.SectionWrapper;
import org.docx4j.openpackaging.contenttype.ContentType;
import org.docx4j.openpackaging.contenttype.ContentTypes;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.OpcPackage;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.packages.WordprocessingMLTemplatePackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.relationships.Namespaces;
import org.docx4j.openpackaging.parts.relationships.RelationshipsPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.CTRel;
import org.docx4j.wml.Color;
import org.docx4j.wml.DocDefaults;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.RPr;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

class LetterheadTest {
    private static final ObjectFactory W = new ObjectFactory();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-10T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String ORG_HEADER = "Sở Khoa học và Công nghệ tỉnh Lai Châu";
    private static final String ORG_FOOTER = "Tiếp công dân: thứ Hai đến thứ Sáu";

    /** The công văn sample: number 215, contact lines from the agency profile. */
    static AdministrativeDocument letter() {
        return sample("1.5-cong-van");
    }

    static AdministrativeDocument sample(String name) {
        return FormJson.read(RenderedForms.FORMS.resolve(name + ".json")).document();
    }

    static byte[] render(AdministrativeDocument document) {
        return DocxRenderer.builder().clock(CLOCK).build().render(document);
    }

    static WordprocessingMLPackage load(byte[] docx) {
        try {
            return WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        } catch (Docx4JException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] readAllBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Object jaxb) {
        StringWriter w = new StringWriter();
        try {
            TextUtils.extractText(jaxb, w);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    static String xml(Object jaxb) {
        return XmlUtils.marshaltoString(jaxb, true, false);
    }

    /** The part a section's header or footer reference of the given type points to. */
    static JaxbXmlPart<?> ref(WordprocessingMLPackage pkg, int section, boolean header, HdrFtrRef type) {
        SectPr sectPr = pkg.getDocumentModel().getSections().get(section).getSectPr();
        for (CTRel r : sectPr.getEGHdrFtrReferences()) {
            if (header && r instanceof HeaderReference h && h.getType() == type
                    || !header && r instanceof FooterReference f && f.getType() == type) {
                return (JaxbXmlPart<?>) pkg.getMainDocumentPart().getRelationshipsPart().getPart(r.getId());
            }
        }
        throw new AssertionError("section " + section + " has no " + (header ? "header" : "footer") + " " + type);
    }

    static boolean hasRef(WordprocessingMLPackage pkg, int section, boolean header, HdrFtrRef type) {
        try {
            ref(pkg, section, header, type);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    /**
     * The usual organisation template, bringing only a header and a footer: a different first page
     * whose footer carries the contact lines and a printed line in the renderer's contact style
     * (11 pt below a full-width rule), and later pages headed by the logo and, unless {@code
     * logoOnly}, the issuing body's name.
     */
    static TemplateDocx orgTemplate(boolean logoOnly) {
        TemplateDocx t = TemplateDocx.withoutStyles().differentFirstPage();
        HeaderPart later = t.header(HdrFtrRef.DEFAULT);
        later.getJaxbElement().getContent().add(t.image(later, TemplateDocx.logo()));
        if (!logoOnly) {
            later.getJaxbElement().getContent().add(paragraph(ORG_HEADER));
        }
        t.footer(HdrFtrRef.FIRST, blockControl("vanban.contact", "VBLienHe"),
                TemplateDocx.styled("VBLienHe", paragraph(ORG_FOOTER)));
        return t;
    }

    static TemplateDocx orgTemplate() {
        return orgTemplate(false);
    }

    @Nested
    class with_the_organisation_s_headers_and_footers {
        @Test
        void puts_its_first_page_footer_on_page_1_and_its_default_header_on_later_pages(@TempDir Path dir) {
            Letterhead letterhead = Letterhead.read(orgTemplate().save(dir.resolve("org.docx")));

            WordprocessingMLPackage out = load(letterhead.apply(letter(), render(letter())));

            assertThat(text(ref(out, 0, false, HdrFtrRef.FIRST).getJaxbElement())).endsWith(ORG_FOOTER);
            assertThat(text(ref(out, 0, true, HdrFtrRef.DEFAULT).getJaxbElement())).contains(ORG_HEADER);
            assertThat(text(ref(out, 0, true, HdrFtrRef.FIRST).getJaxbElement())).isBlank();
            assertThat(hasRef(out, 0, false, HdrFtrRef.DEFAULT)).isFalse();
            assertThat(out.getDocumentModel().getSections().get(0).getSectPr().getTitlePg().isVal()).isTrue();
        }

        @Test
        void puts_the_page_number_of_later_pages_above_its_own_header(@TempDir Path dir) {
            Letterhead letterhead = Letterhead.read(orgTemplate().save(dir.resolve("org.docx")));

            WordprocessingMLPackage out = load(letterhead.apply(letter(), render(letter())));
            String header = xml(ref(out, 0, true, HdrFtrRef.DEFAULT).getJaxbElement());

            assertThat(header.indexOf("PAGE")).isPositive().isLessThan(header.indexOf(ORG_HEADER));
            assertThat(header).contains("w:val=\"VBSoTrang\"");
            assertThat(header.split("PAGE", -1)).hasSize(2);
        }

        @Test
        void gives_the_same_headers_when_applied_to_its_own_output(@TempDir Path dir) {
            Letterhead letterhead = Letterhead.read(orgTemplate().save(dir.resolve("org.docx")));
            byte[] once = letterhead.apply(letter(), render(letter()));

            WordprocessingMLPackage twice = load(letterhead.apply(letter(), once));
            String header = xml(ref(twice, 0, true, HdrFtrRef.DEFAULT).getJaxbElement());

            assertThat(header.split(ORG_HEADER, -1)).hasSize(2);
            assertThat(header.split("PAGE", -1)).hasSize(2);
            assertThat(text(ref(twice, 0, false, HdrFtrRef.FIRST).getJaxbElement()))
                    .isEqualTo(text(ref(load(once), 0, false, HdrFtrRef.FIRST).getJaxbElement()));
        }

        @Test
        void carries_the_logo_image_with_its_bytes(@TempDir Path dir) {
            Letterhead letterhead = Letterhead.read(orgTemplate().save(dir.resolve("org.docx")));

            WordprocessingMLPackage out = load(letterhead.apply(letter(), render(letter())));
            JaxbXmlPart<?> header = ref(out, 0, true, HdrFtrRef.DEFAULT);
            List<Relationship> images = header.getRelationshipsPart().getRelationshipsByType(Namespaces.IMAGE);

            assertThat(images).hasSize(1);
            assertThat(xml(header.getJaxbElement())).contains("r:embed=\"" + images.get(0).getId() + "\"");
            Part image = header.getRelationshipsPart().getPart(images.get(0));
            assertThat(((BinaryPart) image).getBytes()).isEqualTo(TemplateDocx.logo());
        }

        @Test
        void gives_each_copy_of_a_logo_its_own_drawing_id(@TempDir Path dir) {
            TemplateDocx t = TemplateDocx.withoutStyles(); // no different first page: one header, two slots
            HeaderPart header = t.header(HdrFtrRef.DEFAULT);
            header.getJaxbElement().getContent().add(t.image(header, TemplateDocx.logo()));
            Letterhead letterhead = Letterhead.read(t.save(dir.resolve("org.docx")));

            WordprocessingMLPackage out = load(letterhead.apply(letter(), render(letter())));
            List<String> ids = new ArrayList<>();
            for (HdrFtrRef type : List.of(HdrFtrRef.FIRST, HdrFtrRef.DEFAULT)) {
                Matcher m = Pattern.compile("<wp:docPr id=\"(\\d+)\"")
                        .matcher(xml(ref(out, 0, true, type).getJaxbElement()));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }

            assertThat(ids).hasSize(2).doesNotHaveDuplicates();
        }

        @Test
        void keeps_a_hyperlink_to_the_website(@TempDir Path dir) {
            TemplateDocx t = TemplateDocx.withoutStyles();
            var footer = t.footer(HdrFtrRef.DEFAULT);
            footer.getJaxbElement().getContent().add(TemplateDocx.hyperlink(footer, "https://skhcn.laichau.gov.vn/",
                    "skhcn.laichau.gov.vn"));
            Letterhead letterhead = Letterhead.read(t.save(dir.resolve("org.docx")));

            JaxbXmlPart<?> out = ref(load(letterhead.apply(letter(), render(letter()))), 0, false, HdrFtrRef.DEFAULT);
            List<Relationship> links = out.getRelationshipsPart().getRelationshipsByType(Namespaces.HYPERLINK);

            assertThat(links).singleElement().satisfies(r -> {
                assertThat(r.getTarget()).isEqualTo("https://skhcn.laichau.gov.vn/");
                assertThat(r.getTargetMode()).isEqualTo("External");
                assertThat(xml(out.getJaxbElement())).contains("r:id=\"" + r.getId() + "\"");
            });
        }

        @Test
        void fills_the_contact_control_with_the_profile_lines_and_leaves_no_prompt(@TempDir Path dir) {
            Letterhead letterhead = Letterhead.read(orgTemplate().save(dir.resolve("org.docx")));

            WordprocessingMLPackage out = load(letterhead.apply(letter(), render(letter())));
            Object footer = ref(out, 0, false, HdrFtrRef.FIRST).getJaxbElement();

            assertThat(text(footer)).isEqualTo(String.join("", letter().contact()) + ORG_FOOTER);
            assertThat(xml(footer)).doesNotContain(TemplateDocx.PROMPT, "w:sdt", "PlaceholderText");
            assertThat(xml(footer).split("w:val=\"VBLienHe\"", -1)).hasSize(letter().contact().size() + 2);
            assertThat(letter().contact()).hasSizeGreaterThan(1);
            assertThat(((Ftr) footer).getContent()).hasSize(1 + letter().contact().size());
        }

        @Test
        void gives_appendix_pages_its_default_header_and_leaves_their_first_pages_alone(@TempDir Path dir) {
            AdministrativeDocument withAppendix = sample("2.1-phu-luc");
            Letterhead letterhead = Letterhead.read(orgTemplate().save(dir.resolve("org.docx")));

            WordprocessingMLPackage out = load(letterhead.apply(withAppendix, render(withAppendix)));
            List<SectionWrapper> sections = out.getDocumentModel().getSections();

            assertThat(sections).hasSizeGreaterThan(1);
            for (int i = 1; i < sections.size(); i++) {
                assertThat(text(ref(out, i, true, HdrFtrRef.DEFAULT).getJaxbElement())).contains(ORG_HEADER);
                assertThat(text(ref(out, i, true, HdrFtrRef.FIRST).getJaxbElement())).isBlank();
                assertThat(text(ref(out, i, false, HdrFtrRef.FIRST).getJaxbElement())).isBlank();
            }
        }

        @Test
        void drops_the_renderer_parts_no_section_uses_any_more(@TempDir Path dir) {
            Letterhead letterhead = Letterhead.read(orgTemplate().save(dir.resolve("org.docx")));

            WordprocessingMLPackage out = load(letterhead.apply(letter(), render(letter())));
            RelationshipsPart rels = out.getMainDocumentPart().getRelationshipsPart();
            List<String> referenced = new ArrayList<>();
            out.getDocumentModel().getSections().forEach(
                    s -> s.getSectPr().getEGHdrFtrReferences().forEach(r -> referenced.add(r.getId())));
            List<String> parts = new ArrayList<>();
            parts.addAll(rels.getRelationshipsByType(Namespaces.HEADER).stream().map(Relationship::getId).toList());
            parts.addAll(rels.getRelationshipsByType(Namespaces.FOOTER).stream().map(Relationship::getId).toList());

            assertThat(parts).containsExactlyInAnyOrderElementsOf(referenced.stream().distinct().toList());
        }

        @Test
        void keeps_the_renderer_contact_footer_when_the_template_has_no_first_page_footer(@TempDir Path dir) {
            TemplateDocx t = TemplateDocx.withoutStyles().differentFirstPage();
            t.header(HdrFtrRef.DEFAULT, paragraph(ORG_HEADER));
            Letterhead letterhead = Letterhead.read(t.save(dir.resolve("org.docx")));

            WordprocessingMLPackage out = load(letterhead.apply(letter(), render(letter())));

            assertThat(text(ref(out, 0, false, HdrFtrRef.FIRST).getJaxbElement()))
                    .isEqualTo(String.join("", letter().contact()));
            assertThat(xml(ref(out, 0, false, HdrFtrRef.FIRST).getJaxbElement())).contains("VBLienHe");
        }

        @Test
        void keeps_its_own_page_number_instead_of_adding_a_second(@TempDir Path dir) {
            TemplateDocx t = TemplateDocx.withoutStyles().differentFirstPage();
            t.header(HdrFtrRef.DEFAULT, paragraph("Trang ", pageField()));
            Letterhead letterhead = Letterhead.read(t.save(dir.resolve("org.docx")));

            WordprocessingMLPackage out = load(letterhead.apply(letter(), render(letter())));
            String header = xml(ref(out, 0, true, HdrFtrRef.DEFAULT).getJaxbElement());

            assertThat(header.split("PAGE", -1)).hasSize(2);
            assertThat(header).doesNotContain("VBSoTrang");
            assertThat(letterhead.warnings()).isEmpty();
        }

        @Test
        void uses_the_default_parts_on_page_1_too_when_the_template_has_no_different_first_page(@TempDir Path dir) {
            TemplateDocx t = TemplateDocx.withoutStyles();
            t.header(HdrFtrRef.DEFAULT, paragraph(ORG_HEADER));
            t.footer(HdrFtrRef.DEFAULT, paragraph(ORG_FOOTER));
            Letterhead letterhead = Letterhead.read(t.save(dir.resolve("org.docx")));

            WordprocessingMLPackage out = load(letterhead.apply(letter(), render(letter())));

            assertThat(text(ref(out, 0, true, HdrFtrRef.FIRST).getJaxbElement())).isEqualTo(ORG_HEADER);
            assertThat(xml(ref(out, 0, true, HdrFtrRef.FIRST).getJaxbElement())).doesNotContain("PAGE");
            assertThat(xml(ref(out, 0, true, HdrFtrRef.DEFAULT).getJaxbElement())).contains("PAGE");
            assertThat(text(ref(out, 0, false, HdrFtrRef.FIRST).getJaxbElement())).isEqualTo(ORG_FOOTER);
            assertThat(text(ref(out, 0, false, HdrFtrRef.DEFAULT).getJaxbElement())).isEqualTo(ORG_FOOTER);
        }

        @Test
        void leaves_a_numbered_default_header_off_page_1_and_says_so(@TempDir Path dir) {
            TemplateDocx t = TemplateDocx.withoutStyles();
            HeaderPart header = t.header(HdrFtrRef.DEFAULT, paragraph(ORG_HEADER, pageField()));
            Path file = t.save(dir.resolve("org.docx"));
            Letterhead letterhead = Letterhead.read(file);

            WordprocessingMLPackage out = load(letterhead.apply(letter(), render(letter())));

            assertThat(text(ref(out, 0, true, HdrFtrRef.FIRST).getJaxbElement())).isBlank();
            assertThat(text(ref(out, 0, true, HdrFtrRef.DEFAULT).getJaxbElement())).startsWith(ORG_HEADER);
            assertThat(letterhead.warnings()).containsExactly(TemplateDocx.where(file, header)
                    + ": the header shows a page number, so it is left off page 1, which Decree 30 does not"
                    + " number (nd30.md §2.1); give the template a different first page to choose page 1's header");
        }

        @Test
        void takes_a_reference_without_a_type_as_the_default_one(@TempDir Path dir) {
            TemplateDocx t = TemplateDocx.withoutStyles().differentFirstPage();
            t.header(null, paragraph(ORG_HEADER));
            Letterhead letterhead = Letterhead.read(t.save(dir.resolve("org.docx")));

            WordprocessingMLPackage out = load(letterhead.apply(letter(), render(letter())));

            assertThat(text(ref(out, 0, true, HdrFtrRef.DEFAULT).getJaxbElement())).endsWith(ORG_HEADER);
        }

        @Test
        void sets_even_pages_when_the_template_has_them(@TempDir Path dir) {
            TemplateDocx t = TemplateDocx.withoutStyles().differentFirstPage().differentOddAndEven();
            t.header(HdrFtrRef.DEFAULT, paragraph(ORG_HEADER));
            t.header(HdrFtrRef.EVEN, paragraph("Trang chẵn"));
            Letterhead letterhead = Letterhead.read(t.save(dir.resolve("org.docx")));

            WordprocessingMLPackage out = load(letterhead.apply(letter(), render(letter())));
            String even = xml(ref(out, 0, true, HdrFtrRef.EVEN).getJaxbElement());

            assertThat(out.getMainDocumentPart().getDocumentSettingsPart().getJaxbElement()
                    .getEvenAndOddHeaders().isVal()).isTrue();
            assertThat(even).contains("Trang chẵn", "PAGE");
        }

        @Test
        void refuses_a_first_page_header_with_a_page_number(@TempDir Path dir) {
            TemplateDocx t = TemplateDocx.withoutStyles().differentFirstPage();
            HeaderPart first = t.header(HdrFtrRef.FIRST, paragraph(pageField()));
            Path file = t.save(dir.resolve("org.docx"));

            assertThatThrownBy(() -> Letterhead.read(file))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage(TemplateDocx.where(file, first)
                            + ": the first-page header shows a page number; Decree 30 shows none on page 1"
                            + " (nd30.md §2.1)");
        }
    }

    @Nested
    class content_controls {
        @Test
        void fill_inline_controls_with_the_document_text_in_their_formatting(@TempDir Path dir) {
            TemplateDocx t = TemplateDocx.withoutStyles().differentFirstPage();
            t.header(HdrFtrRef.DEFAULT, paragraph(inlineControl("vanban.issuingAuthority"), " – ",
                    inlineControl("vanban.number")));
            t.footer(HdrFtrRef.FIRST, paragraph(inlineControl("vanban.contact")));
            Letterhead letterhead = Letterhead.read(t.save(dir.resolve("org.docx")));

            WordprocessingMLPackage out = load(letterhead.apply(letter(), render(letter())));
            Object header = ref(out, 0, true, HdrFtrRef.DEFAULT).getJaxbElement();
            String footer = xml(ref(out, 0, false, HdrFtrRef.FIRST).getJaxbElement());

            assertThat(text(header)).endsWith(letter().issuingAuthority() + " – " + letter().number().line());
            assertThat(xml(header)).doesNotContain(TemplateDocx.PROMPT, "w:sdt").contains("<w:b/>");
            assertThat(footer.split("<w:br/>", -1)).hasSize(letter().contact().size());
            assertThat(footer).contains(letter().contact().get(0));
        }

        @Test
        void fill_controls_in_a_text_box_and_in_its_fallback(@TempDir Path dir) {
            TemplateDocx t = TemplateDocx.withoutStyles();
            t.header(HdrFtrRef.DEFAULT, TemplateDocx.textBox("vanban.issuingAuthority"));
            Letterhead letterhead = Letterhead.read(t.save(dir.resolve("org.docx")));

            String header = xml(ref(load(letterhead.apply(letter(), render(letter()))), 0, true, HdrFtrRef.DEFAULT)
                    .getJaxbElement());

            assertThat(header).doesNotContain(TemplateDocx.PROMPT, "w:sdt");
            assertThat(header.split(letter().issuingAuthority(), -1)).hasSize(3);
            assertThat(header).contains("wps:txbx", "v:textbox");
        }

        @Test
        void fill_every_tag_with_what_the_document_holds(@TempDir Path dir) {
            TemplateDocx t = TemplateDocx.withoutStyles();
            List<Object> paragraphs = new ArrayList<>();
            for (LetterheadTag tag : LetterheadTag.values()) {
                paragraphs.add(paragraph(tag.tag() + "=", inlineControl(tag.tag()), ";"));
            }
            t.footer(HdrFtrRef.DEFAULT, paragraphs.toArray());
            Letterhead letterhead = Letterhead.read(t.save(dir.resolve("org.docx")));
            AdministrativeDocument doc = letter();

            String footer = text(ref(load(letterhead.apply(doc, render(doc))), 0, false, HdrFtrRef.DEFAULT)
                    .getJaxbElement());

            assertThat(footer).isEqualTo("vanban.parentAuthority=" + doc.parentAuthority().orElseThrow() + ";"
                    + "vanban.issuingAuthority=" + doc.issuingAuthority() + ";"
                    + "vanban.number=Số: 215/SKHCN-QLKH;"
                    + "vanban.place=Lai Châu;"
                    + "vanban.date=ngày 10 tháng 5 năm 2024;"
                    + "vanban.subject=V/v " + doc.subject().orElseThrow() + ";"
                    + "vanban.contact=" + String.join("", doc.contact()) + ";");
        }

        @Test
        void fill_an_absent_component_with_nothing(@TempDir Path dir) {
            TemplateDocx t = TemplateDocx.withoutStyles();
            t.footer(HdrFtrRef.DEFAULT, paragraph("[", inlineControl("vanban.parentAuthority"), "]"));
            Letterhead letterhead = Letterhead.read(t.save(dir.resolve("org.docx")));
            AdministrativeDocument doc = letter().toBuilder().parentAuthority("").build();

            Object footer = ref(load(letterhead.apply(doc, render(doc))), 0, false, HdrFtrRef.DEFAULT).getJaxbElement();

            assertThat(text(footer)).isEqualTo("[]");
            assertThat(xml(footer)).doesNotContain(TemplateDocx.PROMPT);
        }

        @Test
        void leave_unknown_tags_in_place_and_report_them(@TempDir Path dir) {
            TemplateDocx t = TemplateDocx.withoutStyles();
            var footer = t.footer(HdrFtrRef.DEFAULT, paragraph(inlineControl("org.maSoThue")),
                    blockControl("vanban.fax"));
            Path file = t.save(dir.resolve("org.docx"));
            Letterhead letterhead = Letterhead.read(file);
            String part = TemplateDocx.where(file, footer);

            String out = xml(ref(load(letterhead.apply(letter(), render(letter()))), 0, false, HdrFtrRef.DEFAULT)
                    .getJaxbElement());

            assertThat(letterhead.warnings()).containsExactly(
                    part + ": content control tag \"org.maSoThue\" is not a letterhead tag; left as it is",
                    part + ": content control tag \"vanban.fax\" is not a letterhead tag; left as it is");
            assertThat(out).contains("w:val=\"org.maSoThue\"", "w:val=\"vanban.fax\"", TemplateDocx.PROMPT);
        }

        @Test
        void warn_when_the_contact_lines_would_print_after_page_1(@TempDir Path dir) {
            TemplateDocx t = TemplateDocx.withoutStyles(); // the default footer serves every page
            var footer = t.footer(HdrFtrRef.DEFAULT, blockControl("vanban.contact"));
            Path file = t.save(dir.resolve("org.docx"));

            assertThat(Letterhead.read(file).warnings()).containsExactly(TemplateDocx.where(file, footer)
                    + ": \"vanban.contact\" is on pages after the first, but Decree 30 prints the contact line on"
                    + " page 1 only (nd30.md §9.5); put it in a first-page footer");
        }

        @Test
        void report_tagged_controls_in_the_unused_body(@TempDir Path dir) {
            TemplateDocx t = TemplateDocx.withoutStyles().body(blockControl("vanban.subject"));
            t.footer(HdrFtrRef.DEFAULT, paragraph(ORG_FOOTER));
            Path file = t.save(dir.resolve("org.docx"));

            assertThat(Letterhead.read(file).warnings()).containsExactly(file + "!word/document.xml: content control"
                    + " \"vanban.subject\" is in the template's body, which is not used (the renderer writes the body)");
        }

        @Test
        void fail_in_strict_mode_listing_every_warning(@TempDir Path dir) {
            TemplateDocx t = TemplateDocx.withoutStyles();
            var footer = t.footer(HdrFtrRef.DEFAULT, paragraph(inlineControl("vanban.agency")));
            Path file = t.save(dir.resolve("org.docx"));
            Letterhead letterhead = Letterhead.read(file);

            assertThatThrownBy(letterhead::strict)
                    .isInstanceOf(TemplateException.class)
                    .hasMessage(file + ": 1 problem(s) in the letterhead:\n" + TemplateDocx.where(file, footer)
                            + ": content control tag \"vanban.agency\" is not a letterhead tag; left as it is");
        }

        @Test
        void refuse_a_known_tag_on_a_date_picker_naming_file_part_and_tag(@TempDir Path dir) {
            TemplateDocx t = TemplateDocx.withoutStyles();
            var footer = t.footer(HdrFtrRef.DEFAULT, paragraph(datePicker("vanban.date")));
            Path file = t.save(dir.resolve("org.docx"));

            assertThatThrownBy(() -> Letterhead.read(file))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage(TemplateDocx.where(file, footer) + ": content control"
                            + " \"vanban.date\" is a date picker; only plain-text and rich-text controls can be filled");
        }
    }

    @Nested
    class with_the_organisation_s_styles {
        /** Arial defaults, a blue contact line and a style of the organisation's own. */
        private Path styledTemplate(Path dir) {
            TemplateDocx t = TemplateDocx.withDefaultStyles();
            Styles styles = t.pkg().getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement();
            DocDefaults defaults = W.createDocDefaults();
            DocDefaults.RPrDefault rPrDefault = W.createDocDefaultsRPrDefault();
            RPr rPr = W.createRPr();
            RFonts fonts = W.createRFonts();
            fonts.setAscii("Arial");
            fonts.setHAnsi("Arial");
            rPr.setRFonts(fonts);
            rPrDefault.setRPr(rPr);
            defaults.setRPrDefault(rPrDefault);
            styles.setDocDefaults(defaults);
            styles.getStyle().add(style("VBLienHe", "1F3864"));
            styles.getStyle().add(style("OrgSlogan", "C00000"));
            return t.save(dir.resolve("styles.docx"));
        }

        private Style style(String id, String color) {
            Style s = W.createStyle();
            s.setType("paragraph");
            s.setStyleId(id);
            Style.Name name = W.createStyleName();
            name.setVal(id);
            s.setName(name);
            RPr rPr = W.createRPr();
            Color c = W.createColor();
            c.setVal(color);
            rPr.setColor(c);
            s.setRPr(rPr);
            return s;
        }

        @Test
        void replaces_the_styles_it_defines_adds_its_own_and_keeps_the_rest_and_the_body(@TempDir Path dir) {
            byte[] rendered = render(letter());
            Letterhead letterhead = Letterhead.read(styledTemplate(dir));

            WordprocessingMLPackage before = load(rendered);
            WordprocessingMLPackage after = load(letterhead.apply(letter(), rendered));
            Styles styles = after.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement();

            assertThat(styles.getDocDefaults().getRPrDefault().getRPr().getRFonts().getAscii()).isEqualTo("Arial");
            assertThat(styles.getStyle().stream().filter(s -> s.getStyleId().equals("VBLienHe")))
                    .singleElement().satisfies(s -> assertThat(s.getRPr().getColor().getVal()).isEqualTo("1F3864"));
            assertThat(styles.getStyle()).extracting(Style::getStyleId).contains("OrgSlogan", "VBQuocHieu", "VBBody");
            assertThat(xml(after.getMainDocumentPart().getJaxbElement().getBody()))
                    .isEqualTo(xml(before.getMainDocumentPart().getJaxbElement().getBody()));
        }

        @Test
        void warns_that_its_default_font_replaces_times_new_roman(@TempDir Path dir) {
            Path file = styledTemplate(dir);

            assertThat(Letterhead.read(file).warnings()).containsExactly(file + "!word/styles.xml: the document"
                    + " defaults name Arial, which replaces Times New Roman; Decree 30 sets Times New Roman"
                    + " (Appendix I)");
        }
    }

    @Nested
    class when_applied_again_or_from_several_threads {
        /** Every part of a DOCX by name, as text (images in ISO-8859-1, byte for byte). */
        private Map<String, String> parts(byte[] docx) {
            Map<String, String> parts = new TreeMap<>();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.ISO_8859_1));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return parts;
        }

        @Test
        void gives_the_same_parts_every_time(@TempDir Path dir) {
            Letterhead letterhead = Letterhead.read(orgTemplate().save(dir.resolve("org.docx")));
            byte[] rendered = render(letter());

            Map<String, String> first = parts(letterhead.apply(letter(), rendered));

            assertThat(parts(letterhead.apply(letter(), rendered))).isEqualTo(first);
            assertThat(first.keySet()).anyMatch(name -> name.startsWith("word/media/"));
        }

        @Test
        void gives_identical_documents_to_concurrent_callers(@TempDir Path dir) throws Exception {
            Letterhead letterhead = Letterhead.read(orgTemplate().save(dir.resolve("org.docx")));
            byte[] rendered = render(letter());
            Map<String, String> expected = parts(letterhead.apply(letter(), rendered));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Map<String, String>>> results = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    results.add(pool.submit(() -> parts(letterhead.apply(letter(), rendered))));
                }
                for (Future<Map<String, String>> f : results) {
                    assertThat(f.get()).isEqualTo(expected);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    class with_files {
        @Test
        void writes_a_new_file_and_leaves_the_source_and_the_template_alone(@TempDir Path dir) throws IOException {
            Path template = orgTemplate().save(dir.resolve("org.docx"));
            Path source = Files.write(dir.resolve("letter.docx"), render(letter()));
            byte[] original = Files.readAllBytes(source);
            byte[] templateBytes = Files.readAllBytes(template);
            Path target = dir.resolve("out.docx");

            Letterhead.read(template).apply(letter(), source, target);

            assertThat(Files.readAllBytes(source)).isEqualTo(original);
            assertThat(Files.readAllBytes(template)).isEqualTo(templateBytes);
            assertThat(text(ref(load(Files.readAllBytes(target)), 0, false, HdrFtrRef.FIRST).getJaxbElement()))
                    .endsWith(ORG_FOOTER);
        }

        @Test
        void renders_a_document_straight_to_a_file_with_the_letterhead(@TempDir Path dir) {
            Letterhead letterhead = Letterhead.read(orgTemplate().save(dir.resolve("org.docx")));
            Path target = dir.resolve("cong-van.docx");

            letterhead.render(DocxRenderer.builder().clock(CLOCK).build(), letter(), target);

            WordprocessingMLPackage out = load(readAllBytes(target));
            assertThat(text(ref(out, 0, true, HdrFtrRef.DEFAULT).getJaxbElement())).contains(ORG_HEADER);
            assertThat(text(out.getMainDocumentPart().getJaxbElement().getBody()))
                    .contains(letter().subject().orElseThrow());
        }

        @Test
        void reads_a_word_template_dotx(@TempDir Path dir) throws Exception {
            TemplateDocx t = orgTemplate();
            t.pkg().getMainDocumentPart().setContentType(new ContentType(
                    ContentTypes.WORDPROCESSINGML_TEMPLATE));
            t.pkg().getContentTypeManager().addOverrideContentType(new URI("/word/document.xml"),
                    ContentTypes.WORDPROCESSINGML_TEMPLATE);
            Path dotx = t.save(dir.resolve("org.dotx"));
            assertThat(OpcPackage.load(dotx.toFile()))
                    .isInstanceOf(WordprocessingMLTemplatePackage.class);

            WordprocessingMLPackage out = load(Letterhead.read(dotx).apply(letter(), render(letter())));

            assertThat(text(ref(out, 0, false, HdrFtrRef.FIRST).getJaxbElement())).endsWith(ORG_FOOTER);
            assertThat(out.getMainDocumentPart().getContentType())
                    .isEqualTo(ContentTypes.WORDPROCESSINGML_DOCUMENT);
        }

        @Test
        void refuses_to_overwrite_its_source(@TempDir Path dir) throws IOException {
            Path source = Files.write(dir.resolve("letter.docx"), render(letter()));
            Letterhead letterhead = Letterhead.read(orgTemplate().save(dir.resolve("org.docx")));

            assertThatThrownBy(() -> letterhead.apply(letter(), source, source))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("target must differ from source, was " + source);
        }

        @Test
        void names_a_missing_template() {
            Path missing = Path.of("target", "no-such-letterhead.docx");

            assertThatThrownBy(() -> Letterhead.read(missing))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessage("cannot read letterhead " + missing);
        }
    }

    /**
     * A two-page công văn with a template that only adds a header (the logo) and a page-1 footer
     * (the contact lines and a printed line), converted to PDF by LibreOffice once; the files stay
     * in {@code target/letterhead/} for a look at the pages.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class opened_in_libreoffice {
        private AdministrativeDocument doc;
        private Path pdf;

        @BeforeAll
        void convert() throws IOException {
            Path dir = Files.createDirectories(Path.of("target", "letterhead"));
            assumeTrue(LibreOffice.isAvailable(), "LibreOffice (soffice) is not installed");
            AdministrativeDocument letter = letter();
            List<BodyBlock> body = new ArrayList<>(letter.body());
            for (int i = 1; i <= 6; i++) {
                body.add(body.size() - 1, new BodyBlock.Paragraph("Nội dung bổ sung thứ " + i + ": các cơ quan,"
                        + " đơn vị rà soát, tổng hợp và gửi báo cáo đúng thời hạn để Sở tổng hợp, trình Ủy ban"
                        + " nhân dân tỉnh xem xét, quyết định theo quy định."));
            }
            doc = letter.toBuilder().body(body).build();
            Letterhead letterhead = Letterhead.read(orgTemplate(true).save(dir.resolve("org.docx")));
            Path docx = Files.write(dir.resolve("cong-van-letterhead.docx"), letterhead.apply(doc, render(doc)));
            pdf = LibreOffice.convertToPdf(List.of(docx), dir.resolve("pdf")).get(0);
        }

        private String page(int n) {
            return poppler("pdftotext", "-f", String.valueOf(n), "-l", String.valueOf(n), "-layout", pdf.toString(), "-");
        }

        private String poppler(String... command) {
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(p.waitFor()).isZero();
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Test
        void has_two_pages() {
            assertThat(PdfLayout.read(pdf).pages()).hasSize(2);
        }

        @Test
        void shows_the_template_footer_with_the_contact_lines_on_page_1_only() {
            assertThat(page(1)).contains(ORG_FOOTER, doc.contact().get(0)).doesNotContain(ORG_HEADER);
            assertThat(page(2)).doesNotContain(ORG_FOOTER, doc.contact().get(0));
        }

        @Test
        void shows_the_page_number_first_on_page_2_and_none_on_page_1() {
            List<String> first = page(1).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            List<String> second = page(2).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();

            assertThat(second.get(0)).isEqualTo("2");
            assertThat(first.get(0)).isNotEqualTo("1");
        }

        @Test
        void shows_the_logo_on_page_2_only() {
            List<String> images = poppler("pdfimages", "-list", pdf.toString()).lines().skip(2).toList();

            assertThat(images).singleElement().satisfies(line -> assertThat(line.trim()).startsWith("2 "));
            assertThat(images.get(0).trim().split("\\s+")).contains("60", "30");
        }

        @Test
        void still_passes_the_layout_checks_on_the_body() {
            assertThat(LayoutConformance.check(pdf, doc, PageProfile.defaults())).isEmpty();
        }
    }

    @Nested
    class when_the_template_is_not_usable {
        @Test
        void names_a_file_that_is_not_a_zip(@TempDir Path dir) throws IOException {
            Path docx = Files.writeString(dir.resolve("plain.docx"), "not a zip");

            assertThatThrownBy(() -> Letterhead.read(docx))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage(docx + " is not a DOCX (not a ZIP file)");
        }

        @Test
        void names_a_zip_that_is_not_a_docx(@TempDir Path dir) throws IOException {
            Path docx = dir.resolve("archive.docx");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
                zip.putNextEntry(new ZipEntry("readme.txt"));
                zip.write("không phải văn bản".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }

            assertThatThrownBy(() -> Letterhead.read(docx))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageStartingWith(docx + " is not a DOCX: ");
        }

        @Test
        void names_a_docx_with_nothing_to_apply(@TempDir Path dir) {
            Path docx = TemplateDocx.withoutStyles().save(dir.resolve("empty.docx"));

            assertThatThrownBy(() -> Letterhead.read(docx))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage(docx + ": no styles, headers or footers to apply; is it a DOCX letterhead template?");
        }

        @Test
        void names_a_rendered_file_that_is_not_a_docx(@TempDir Path dir) {
            Letterhead letterhead = Letterhead.read(orgTemplate().save(dir.resolve("org.docx")));

            assertThatThrownBy(() -> letterhead.apply(letter(), "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage("the rendered DOCX is not a DOCX (not a ZIP file)");
        }
    }
}
