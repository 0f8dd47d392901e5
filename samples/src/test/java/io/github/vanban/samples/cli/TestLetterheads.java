// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import io.github.vanban.samples.examples.SampleLetterhead;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import org.docx4j.TextUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.SdtContentBlock;
import org.docx4j.wml.SdtPr;
import org.docx4j.wml.Tag;
import org.docx4j.wml.Text;

/**
 * Letterhead templates for the {@code render --letterhead} tests, on top of {@link
 * SampleLetterhead} (a first-page footer with a {@code vanban.contact} control and the line
 * {@value SampleLetterhead#OPENING_HOURS}): a header for pages 2 onwards with a {@code
 * vanban.subject} control, and optionally a control with a tag the letterhead does not know.
 */
final class TestLetterheads {
    /** The tag no {@code LetterheadTag} has, which the letterhead warns about. */
    static final String UNKNOWN_TAG = "vanban.fax";

    private static final ObjectFactory W = Context.getWmlObjectFactory();

    private TestLetterheads() {}

    /**
     * Writes a template the letterhead applies without warnings.
     *
     * @param file the .docx to write
     * @return {@code file}
     */
    static Path clean(Path file) {
        return write(file, false);
    }

    /**
     * Writes a template whose header also holds a {@value #UNKNOWN_TAG} control: one warning.
     *
     * @param file the .docx to write
     * @return {@code file}
     */
    static Path withUnknownTag(Path file) {
        return write(file, true);
    }

    private static Path write(Path file, boolean unknownTag) {
        SampleLetterhead.write(file);
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.load(file.toFile());
            HeaderPart header = new HeaderPart(new PartName("/word/header1.xml"));
            header.setJaxbElement(W.createHdr());
            header.getJaxbElement().getContent().add(control("vanban.subject", "Nhập trích yếu."));
            if (unknownTag) {
                header.getJaxbElement().getContent().add(control(UNKNOWN_TAG, "Số fax"));
            }
            HeaderReference ref = W.createHeaderReference();
            ref.setId(pkg.getMainDocumentPart().addTargetPart(header).getId());
            ref.setType(HdrFtrRef.DEFAULT);
            pkg.getDocumentModel().getSections().get(0).getSectPr().getEGHdrFtrReferences().add(ref);
            pkg.save(file.toFile());
            return file;
        } catch (Docx4JException e) {
            throw new IllegalStateException("cannot write the test letterhead " + file, e);
        }
    }

    /**
     * Returns the text of every header of a DOCX, in part order.
     *
     * @param docx the package
     * @return the headers' text, concatenated
     */
    static String headerText(byte[] docx) {
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
            StringWriter text = new StringWriter();
            for (Part part : pkg.getParts().getParts().values()) {
                if (part instanceof HeaderPart header) {
                    TextUtils.extractText(header.getJaxbElement(), text);
                }
            }
            return text.toString();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the headers of a DOCX", e);
        }
    }

    private static SdtBlock control(String tagName, String prompt) {
        SdtBlock control = W.createSdtBlock();
        SdtPr pr = W.createSdtPr();
        Tag tag = W.createTag();
        tag.setVal(tagName);
        pr.setTag(tag);
        control.setSdtPr(pr);
        SdtContentBlock content = W.createSdtContentBlock();
        Text t = W.createText();
        t.setValue(prompt);
        R r = W.createR();
        r.getContent().add(W.createRT(t));
        P p = W.createP();
        p.getContent().add(r);
        content.getContent().add(p);
        control.setSdtContent(content);
        return control;
    }
}
