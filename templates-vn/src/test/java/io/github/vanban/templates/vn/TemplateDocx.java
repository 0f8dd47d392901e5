// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import jakarta.xml.bind.JAXBElement;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.docx4j.XmlUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPartAbstractImage;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.relationships.Namespaces;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTRel;
import org.docx4j.wml.CTSdtContentRun;
import org.docx4j.wml.CTSdtDate;
import org.docx4j.wml.CTSdtText;
import org.docx4j.wml.CTSimpleField;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.RStyle;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.SdtContentBlock;
import org.docx4j.wml.SdtPr;
import org.docx4j.wml.SdtRun;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Tag;
import org.docx4j.wml.Text;
import org.jspecify.annotations.Nullable;

/**
 * Builds organisation letterhead templates with docx4j, as Word would save them: headers and
 * footers referenced from the section, an inline PNG logo, PAGE fields and content controls
 * showing Word's prompt text. Test fixture; one instance per template.
 */
final class TemplateDocx {
    /** The prompt Word shows in an empty control; must never reach the output. */
    static final String PROMPT = "Bấm để nhập văn bản.";

    private static final ObjectFactory W = Context.getWmlObjectFactory();

    private final WordprocessingMLPackage pkg;
    private final MainDocumentPart main;
    private final SectPr sectPr;
    private int parts;

    private TemplateDocx(boolean styles) {
        try {
            pkg = WordprocessingMLPackage.createPackage();
        } catch (Docx4JException e) {
            throw new IllegalStateException(e);
        }
        main = pkg.getMainDocumentPart();
        if (!styles) {
            main.getRelationshipsPart().removePart(main.getStyleDefinitionsPart().getPartName());
        }
        sectPr = pkg.getDocumentModel().getSections().get(0).getSectPr();
        main.addParagraphOfText("Nội dung mẫu của tổ chức.");
    }

    /** A template with docx4j's default styles (Calibri document defaults, as Word writes). */
    static TemplateDocx withDefaultStyles() {
        return new TemplateDocx(true);
    }

    /** A template that only brings headers and footers: no styles part. */
    static TemplateDocx withoutStyles() {
        return new TemplateDocx(false);
    }

    WordprocessingMLPackage pkg() {
        return pkg;
    }

    /** Turns on "Different first page" (w:titlePg). */
    TemplateDocx differentFirstPage() {
        sectPr.setTitlePg(new BooleanDefaultTrue());
        return this;
    }

    /** Turns on "Different odd and even pages" in the settings. */
    TemplateDocx differentOddAndEven() {
        try {
            DocumentSettingsPart settings = main.getDocumentSettingsPart(true);
            settings.getJaxbElement().setEvenAndOddHeaders(new BooleanDefaultTrue());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /**
     * Adds a header of the given type ({@code null}: no {@code w:type}, as some writers leave it);
     * {@code content} are paragraphs or block controls.
     */
    HeaderPart header(@Nullable HdrFtrRef type, Object... content) {
        Hdr hdr = W.createHdr();
        add(hdr, content);
        HeaderReference ref = W.createHeaderReference();
        ref.setType(type);
        try {
            return attach(new HeaderPart(new PartName("/word/header" + (++parts) + ".xml")), hdr, ref);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a footer of the given type. */
    FooterPart footer(HdrFtrRef type, Object... content) {
        Ftr ftr = W.createFtr();
        add(ftr, content);
        FooterReference ref = W.createFooterReference();
        ref.setType(type);
        try {
            return attach(new FooterPart(new PartName("/word/footer" + (++parts) + ".xml")), ftr, ref);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds the part to the main document and references it from the section. */
    private <E, T extends JaxbXmlPart<E>> T attach(T part, E content, CTRel ref) throws InvalidFormatException {
        part.setJaxbElement(content);
        ref.setId(main.addTargetPart(part).getId());
        sectPr.getEGHdrFtrReferences().add(ref);
        return part;
    }

    /** Where the letterhead's messages say a part is: {@code file!word/footer1.xml}. */
    static String where(Path file, JaxbXmlPart<?> part) {
        return file + "!" + part.getPartName().getName().substring(1);
    }

    private static void add(ContentAccessor part, Object... content) {
        for (Object o : content) {
            part.getContent().add(o);
        }
    }

    /** Adds a paragraph to the template's body (which the letterhead does not use). */
    TemplateDocx body(Object paragraph) {
        main.getContent().add(paragraph);
        return this;
    }

    /** A paragraph of runs, inline controls and fields. */
    static P paragraph(Object... content) {
        P p = W.createP();
        for (Object o : content) {
            p.getContent().add(o instanceof String s ? text(s) : o);
        }
        return p;
    }

    static R text(String s) {
        R r = W.createR();
        Text t = W.createText();
        t.setValue(s);
        t.setSpace("preserve");
        r.getContent().add(W.createRT(t));
        return r;
    }

    /** A PAGE field, as Word's "Page Number" button inserts it. */
    static JAXBElement<CTSimpleField> pageField() {
        CTSimpleField field = W.createCTSimpleField();
        field.setInstr(" PAGE   \\* MERGEFORMAT ");
        field.getContent().add(text("1"));
        return W.createPFldSimple(field);
    }

    /** An inline plain-text control showing Word's prompt, with bold as its formatting. */
    static JAXBElement<SdtRun> inlineControl(String tag) {
        SdtRun sdt = W.createSdtRun();
        sdt.setSdtPr(controlProperties(tag, true));
        CTSdtContentRun content = W.createCTSdtContentRun();
        content.getContent().add(promptRun());
        sdt.setSdtContent(content);
        return W.createPSdt(sdt);
    }

    /** A paragraph-level rich-text control holding one prompt paragraph. */
    static SdtBlock blockControl(String tag) {
        SdtBlock sdt = W.createSdtBlock();
        sdt.setSdtPr(controlProperties(tag, false));
        SdtContentBlock content = W.createSdtContentBlock();
        content.getContent().add(paragraph(promptRun()));
        sdt.setSdtContent(content);
        return sdt;
    }

    /** A block control whose prompt paragraph has a paragraph style and plain runs. */
    static SdtBlock blockControl(String tag, String paragraphStyle) {
        SdtBlock sdt = blockControl(tag);
        P p = (P) sdt.getSdtContent().getContent().get(0);
        ((R) p.getContent().get(0)).getRPr().setB(null);
        return styled(paragraphStyle, sdt);
    }

    /** Gives every paragraph of {@code content} (a paragraph or a block control) a style. */
    static <T> T styled(String paragraphStyle, T content) {
        List<Object> paragraphs = content instanceof SdtBlock b ? b.getSdtContent().getContent() : List.of(content);
        for (Object o : paragraphs) {
            P p = (P) o;
            PPr pPr = W.createPPr();
            PPrBase.PStyle style = W.createPPrBasePStyle();
            style.setVal(paragraphStyle);
            pPr.setPStyle(style);
            p.setPPr(pPr);
        }
        return content;
    }

    /** An inline date-picker control, which cannot take the letterhead's text. */
    static JAXBElement<SdtRun> datePicker(String tag) {
        JAXBElement<SdtRun> control = inlineControl(tag);
        SdtPr pr = control.getValue().getSdtPr();
        pr.getRPrOrAliasOrLock().removeIf(o -> o instanceof JAXBElement<?> e && e.getValue() instanceof CTSdtText);
        CTSdtDate date = W.createCTSdtDate();
        pr.getRPrOrAliasOrLock().add(W.createSdtPrDate(date));
        return control;
    }

    private static SdtPr controlProperties(String tag, boolean plainText) {
        SdtPr pr = W.createSdtPr();
        Tag t = W.createTag();
        t.setVal(tag);
        pr.setTag(t);
        pr.setShowingPlcHdr(true);
        if (plainText) {
            pr.getRPrOrAliasOrLock().add(W.createSdtPrText(W.createCTSdtText()));
        }
        return pr;
    }

    private static R promptRun() {
        R r = text(PROMPT);
        RPr rPr = W.createRPr();
        RStyle style = W.createRStyle();
        style.setVal("PlaceholderText");
        rPr.setRStyle(style);
        rPr.setB(new BooleanDefaultTrue());
        r.setRPr(rPr);
        return r;
    }

    /** A paragraph with an inline image of {@code png}, part of {@code owner}. */
    P image(JaxbXmlPart<?> owner, byte[] png) {
        try {
            BinaryPartAbstractImage image = BinaryPartAbstractImage.createImagePart(pkg, owner, png);
            Drawing drawing = W.createDrawing();
            drawing.getAnchorOrInline().add(image.createImageInline("logo", "Biểu trưng", 1, 2, 600, false));
            R r = W.createR();
            r.getContent().add(drawing);
            return paragraph(r);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A paragraph with a hyperlink to {@code url} from {@code owner} (an external relationship). */
    static P hyperlink(JaxbXmlPart<?> owner, String url, String text) {
        try {
            Relationship rel = new org.docx4j.relationships.ObjectFactory().createRelationship();
            rel.setType(Namespaces.HYPERLINK);
            rel.setTarget(url);
            rel.setTargetMode("External");
            owner.getRelationshipsPart(true).addRelationship(rel);
            P.Hyperlink link = W.createPHyperlink();
            link.setId(rel.getId());
            link.getContent().add(text(text));
            return paragraph(W.createPHyperlink(link));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A paragraph with a floating text box holding a block control, as Word 2010+ saves it: a
     * DrawingML shape with a VML fallback, each with its own copy of the control. docx4j has no
     * builder for shapes, so this one is unmarshalled from its XML.
     */
    static P textBox(String tag) {
        String control = "<w:sdt><w:sdtPr><w:tag w:val=\"" + tag + "\"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
                + "<w:p><w:r><w:rPr><w:rStyle w:val=\"PlaceholderText\"/></w:rPr><w:t>" + PROMPT + "</w:t></w:r></w:p>"
                + "</w:sdtContent></w:sdt>";
        String xml = "<w:p xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
                + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
                + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
                + " xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:r><mc:AlternateContent>"
                + "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"0\""
                + " distR=\"0\" simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\""
                + " layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
                + "<wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH>"
                + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
                + "<wp:extent cx=\"2160000\" cy=\"360000\"/><wp:wrapNone/><wp:docPr id=\"7\" name=\"Hop van ban\"/>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                + "<wps:wsp><wps:spPr/><wps:txbx><w:txbxContent>" + control + "</w:txbxContent></wps:txbx>"
                + "<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><v:shape style=\"width:170pt;height:28pt\"><v:textbox><w:txbxContent>"
                + control + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
                + "</mc:AlternateContent></w:r></w:p>";
        try {
            return (P) XmlUtils.unwrap(XmlUtils.unmarshalString(xml));
        } catch (jakarta.xml.bind.JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A small blue-and-red PNG logo, 60 × 30 px. */
    static byte[] logo() {
        BufferedImage img = new BufferedImage(60, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x1F3864));
        g.fillRect(0, 0, 60, 30);
        g.setColor(Color.RED);
        g.fillOval(20, 5, 20, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Saves the template. */
    Path save(Path file) {
        try {
            pkg.save(file.toFile());
        } catch (Docx4JException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }
}
