// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.examples;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import org.docx4j.TextUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.Part;
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

/**
 * A letterhead template as an organisation saves it from Word, built with docx4j for the example
 * test and the letterhead benchmark: a different first page whose footer holds a {@code
 * vanban.contact} content control (showing its prompt) and the line {@value #OPENING_HOURS}.
 */
public final class SampleLetterhead {
    /** The printed line after the contact lines. */
    public static final String OPENING_HOURS = "Một cửa: thứ Hai – thứ Sáu";

    /** The prompt of the contact control, which the output must not show. */
    public static final String PROMPT = "Nhập địa chỉ liên hệ.";

    private static final ObjectFactory W = Context.getWmlObjectFactory();

    private SampleLetterhead() {}

    /**
     * Writes the template.
     *
     * @param file the .docx to write
     * @return {@code file}
     */
    public static Path write(Path file) {
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
            MainDocumentPart main = pkg.getMainDocumentPart();
            // Only a footer: the renderer's Times New Roman defaults stay.
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
            content.getContent().add(paragraph(PROMPT));
            contact.setSdtContent(content);
            footer.getJaxbElement().getContent().add(contact);
            footer.getJaxbElement().getContent().add(paragraph(OPENING_HOURS));
            FooterReference ref = W.createFooterReference();
            ref.setId(main.addTargetPart(footer).getId());
            ref.setType(HdrFtrRef.FIRST);
            SectPr sectPr = pkg.getDocumentModel().getSections().get(0).getSectPr();
            sectPr.getEGHdrFtrReferences().add(ref);
            sectPr.setTitlePg(new BooleanDefaultTrue());
            pkg.save(file.toFile());
            return file;
        } catch (Docx4JException e) {
            throw new IllegalStateException("cannot write the sample letterhead " + file, e);
        }
    }

    /**
     * Returns the text of every footer of a DOCX, in part order.
     *
     * @param docx the package
     * @return the footers' text, concatenated
     */
    public static String footerText(byte[] docx) {
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
            StringWriter text = new StringWriter();
            for (Part part : pkg.getParts().getParts().values()) {
                if (part instanceof FooterPart footer) {
                    TextUtils.extractText(footer.getJaxbElement(), text);
                }
            }
            return text.toString();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the footers of a DOCX", e);
        }
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
}
