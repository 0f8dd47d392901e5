// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.templates.vn.FormJson;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.docx4j.TextUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.SdtContentBlock;
import org.docx4j.wml.SdtPr;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Tag;
import org.docx4j.wml.Text;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterheadExampleTest {
    private static final Path FORM = Path.of("documents", "forms", "1.5-cong-van.json");
    private static final ObjectFactory W = Context.getWmlObjectFactory();

    /** A template as an organisation saves it from Word: a page-1 footer with the contact control. */
    private static Path template(Path dir) throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        MainDocumentPart main = pkg.getMainDocumentPart();
        main.getRelationshipsPart().removePart(main.getStyleDefinitionsPart().getPartName());
        FooterPart footer = new FooterPart(new PartName("/word/footer1.xml"));
        footer.setJaxbElement(W.createFtr());
        SdtBlock contact = W.createSdtBlock();
        SdtPr pr = W.createSdtPr();
        Tag tag = W.createTag();
        tag.setVal("vanban.contact");
        pr.setTag(tag);
        contact.setSdtPr(pr);
        SdtContentBlock content = W.createSdtContentBlock();
        content.getContent().add(paragraph("Nhập địa chỉ liên hệ."));
        contact.setSdtContent(content);
        footer.getJaxbElement().getContent().add(contact);
        footer.getJaxbElement().getContent().add(paragraph("Một cửa: thứ Hai – thứ Sáu"));
        FooterReference ref = W.createFooterReference();
        ref.setId(main.addTargetPart(footer).getId());
        ref.setType(HdrFtrRef.FIRST);
        SectPr sectPr = pkg.getDocumentModel().getSections().get(0).getSectPr();
        sectPr.getEGHdrFtrReferences().add(ref);
        sectPr.setTitlePg(new BooleanDefaultTrue());
        Path file = dir.resolve("letterhead.docx");
        pkg.save(file.toFile());
        return file;
    }

    private static P paragraph(String s) {
        Text t = W.createText();
        t.setValue(s);
        R r = W.createR();
        r.getContent().add(W.createRT(t));
        P p = W.createP();
        p.getContent().add(r);
        return p;
    }

    @Nested
    class letterhead {
        @Test
        void renders_the_form_with_the_organisation_footer_and_its_contact_lines(@TempDir Path dir)
                throws Exception {
            Path docx = dir.resolve("cong-van.docx");

            List<String> warnings = LetterheadExample.render(FORM, template(dir), docx);

            WordprocessingMLPackage out = WordprocessingMLPackage.load(docx.toFile());
            StringWriter footers = new StringWriter();
            for (var part : out.getParts().getParts().values()) {
                if (part instanceof FooterPart f) {
                    TextUtils.extractText(f.getJaxbElement(), footers);
                }
            }
            List<String> contact = FormJson.read(FORM).document().contact();
            assertThat(warnings).isEmpty();
            assertThat(footers.toString()).isEqualTo(String.join("", contact) + "Một cửa: thứ Hai – thứ Sáu")
                    .doesNotContain("Nhập địa chỉ");
        }
    }
}
