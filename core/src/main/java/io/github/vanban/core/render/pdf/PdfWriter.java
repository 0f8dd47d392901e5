// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.pdf;

import io.github.vanban.core.render.FontStyle;
import io.github.vanban.core.render.PageProfile;
import io.github.vanban.core.render.internal.LayoutGeometry;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Writes paginated rows into a PDFBox document: content streams with marked content, the
 * structure tree (tagged PDF), form fields, and the PDF/A-2 metadata and output intent. One
 * instance writes one document.
 */
final class PdfWriter {

    /** Document-level metadata. */
    record Info(String title, String author, String producer, java.time.ZonedDateTime created, String language) {}

    /** The JDK's sRGB profile (ICC v2, 6,876 bytes), deflated once rather than per document. */
    private static final byte[] SRGB_DEFLATED = deflate(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());

    private static byte[] deflate(byte[] data) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private final PDDocument pdf;
    private final Map<FontStyle, TrueTypeFont> ttfs;
    private final Map<FontStyle, PDType0Font> fonts = new EnumMap<>(FontStyle.class);
    private final PageProfile profile;
    private final PDStructureElement documentElement;
    private final Map<Tag, PDStructureElement> elements = new IdentityHashMap<>();
    private final Map<Integer, PDParentTreeValue> parentTree = new HashMap<>();
    private final PDNumberTreeNode parentTreeNode = new PDNumberTreeNode(PDParentTreeValue.class);
    private final PDAcroForm form;
    private final float pageWidth;
    private final float pageHeight;
    private final float marginTop;
    private int nextParentKey;

    PdfWriter(PDDocument pdf, Map<FontStyle, TrueTypeFont> ttfs, PageProfile profile) {
        this.pdf = pdf;
        this.ttfs = ttfs;
        this.profile = profile;
        this.pageWidth = mm(profile.pageWidthMm());
        this.pageHeight = mm(profile.pageHeightMm());
        this.marginTop = mm(profile.marginTopMm());
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        PDStructureTreeRoot root = new PDStructureTreeRoot();
        // /ParentTree is written before /K, and the order matters to EU DSS (6.4). Its
        // DefaultPdfObjectModificationsFinder walks every revision from the catalog, key by key
        // in file order, and visits an object met under the same key name (here "Obj", the
        // widget behind each /OBJR) only once. Met first through /K, the clerk's /V and the
        // seal's signature on a widget would be filed as "undefined" changes; met first through
        // /ParentTree, PdfObjectModificationsFilter.isStructTreeRootChange files them as
        // structure-tree extensions, while the /Pages /Annots and /AcroForm /Fields paths file
        // the same change as the form fill or signature it is.
        root.setParentTree(parentTreeNode);
        catalog.setStructureTreeRoot(root);
        documentElement = new PDStructureElement("Document", root);
        root.appendKid(documentElement);
        form = new PDAcroForm(pdf);
    }

    private static float mm(double v) {
        return (float) (v * PageProfile.PT_PER_MM);
    }

    /** The usable height of the text area. */
    static float textHeight(PageProfile p) {
        return mm(p.pageHeightMm() - p.marginTopMm() - p.marginBottomMm());
    }

    private PDType0Font font(FontStyle style) throws IOException {
        PDType0Font f = fonts.get(style);
        if (f == null) {
            f = PDType0Font.load(pdf, ttfs.get(style), true);
            fonts.put(style, f);
        }
        return f;
    }

    void write(List<Paginator.Page> pages, List<Op> foot, float footHeight, Info info) throws IOException {
        List<FieldAt> fields = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            Paginator.Page page = pages.get(p);
            PDPage pdPage = new PDPage(new PDRectangle(pageWidth, pageHeight));
            pdf.addPage(pdPage);
            pdPage.setStructParents(nextParentKey);
            List<PDStructureElement> mcids = new ArrayList<>();
            try (PDPageContentStream cs = new PDPageContentStream(pdf, pdPage)) {
                float top = pageHeight - marginTop;
                for (Paginator.Placed placed : page.rows()) {
                    for (Op op : placed.row().ops()) {
                        draw(cs, op, top - placed.top(), pdPage, mcids, fields);
                    }
                }
                if (p == 0 && !foot.isEmpty()) {
                    float footTop = top - (textHeight(profile) - footHeight);
                    for (Op op : foot) {
                        draw(cs, op, footTop, pdPage, mcids, fields);
                    }
                }
                if (page.numberInSeries() > 1) {
                    pageNumber(cs, page.numberInSeries());
                }
            }
            COSArray array = new COSArray();
            for (PDStructureElement e : mcids) {
                array.add(e);
            }
            parentTree.put(nextParentKey++, new PDParentTreeValue(array));
        }
        for (FieldAt f : fields) {
            field(f);
        }
        finish(info);
    }

    private record FieldAt(Op.Field op, float x, float y, PDPage page) {}

    private void draw(PDPageContentStream cs, Op op, float top, PDPage page, List<PDStructureElement> mcids,
            List<FieldAt> fields) throws IOException {
        if (op instanceof Op.Text t && t.tag().isEmpty()) {
            COSDictionary props = new COSDictionary();
            props.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
            cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(props));
            text(cs, t, top - t.baseline());
            cs.endMarkedContent();
        } else if (op instanceof Op.Text t) {
            PDStructureElement element = element(t.tag().orElseThrow());
            int mcid = mcids.size();
            mcids.add(element);
            PDMarkedContentReference ref = new PDMarkedContentReference();
            ref.setMCID(mcid);
            ref.setPage(page);
            element.appendKid(ref);
            cs.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
            text(cs, t, top - t.baseline());
            cs.endMarkedContent();
        } else if (op instanceof Op.Rule r) {
            cs.beginMarkedContent(COSName.ARTIFACT);
            color(cs, r.color(), true);
            cs.setLineWidth(r.thickness());
            float y = top - r.y() - r.thickness() / 2;
            cs.moveTo(r.x1(), y);
            cs.lineTo(r.x2(), y);
            cs.stroke();
            cs.endMarkedContent();
        } else if (op instanceof Op.Box b) {
            cs.beginMarkedContent(COSName.ARTIFACT);
            color(cs, b.color(), true);
            cs.setLineWidth(b.thickness());
            cs.addRect(b.x(), top - b.y() - b.height(), b.width(), b.height());
            cs.stroke();
            cs.endMarkedContent();
        } else if (op instanceof Op.Brace b) {
            cs.beginMarkedContent(COSName.ARTIFACT);
            color(cs, Op.BLACK, true);
            cs.setLineWidth(0.6f);
            float x = b.x();
            float w = b.width();
            float yTop = top - b.top();
            float yBottom = top - b.bottom();
            float mid = (yTop + yBottom) / 2;
            cs.moveTo(x, yTop);
            cs.curveTo(x + w / 2, yTop, x + w / 2, yTop, x + w / 2, yTop - w / 2);
            cs.lineTo(x + w / 2, mid + w / 2);
            cs.curveTo(x + w / 2, mid, x + w / 2, mid, x + w, mid);
            cs.curveTo(x + w / 2, mid, x + w / 2, mid, x + w / 2, mid - w / 2);
            cs.lineTo(x + w / 2, yBottom + w / 2);
            cs.curveTo(x + w / 2, yBottom, x + w / 2, yBottom, x, yBottom);
            cs.stroke();
            cs.endMarkedContent();
        } else if (op instanceof Op.Field f) {
            fields.add(new FieldAt(f, f.x(), top - f.y() - f.height(), page));
        } else {
            throw new AssertionError(op);
        }
    }

    private void text(PDPageContentStream cs, Op.Text t, float baseline) throws IOException {
        cs.beginText();
        cs.setFont(font(t.style()), t.size());
        color(cs, t.color(), false);
        cs.newLineAtOffset(t.x(), baseline);
        if (t.extraPerSpace() <= 0.001f || t.text().indexOf(' ') < 0) {
            cs.showText(t.text());
        } else {
            // Tw does not apply to Type 0 fonts: widen each space with a TJ adjustment instead.
            Float adjust = -t.extraPerSpace() * 1000 / t.size();
            String[] words = t.text().split(" ", -1);
            List<Object> parts = new ArrayList<>(words.length * 2);
            for (int i = 0; i < words.length; i++) {
                parts.add(i < words.length - 1 ? words[i] + " " : words[i]);
                if (i < words.length - 1) {
                    parts.add(adjust);
                }
            }
            cs.showTextWithPositioning(parts.toArray());
        }
        cs.endText();
    }

    private static void color(PDPageContentStream cs, int rgb, boolean stroke) throws IOException {
        float r = ((rgb >> 16) & 0xFF) / 255f;
        float g = ((rgb >> 8) & 0xFF) / 255f;
        float b = (rgb & 0xFF) / 255f;
        if (stroke) {
            cs.setStrokingColor(r, g, b);
        } else {
            cs.setNonStrokingColor(r, g, b);
        }
    }

    /** Page numbers from page 2, centred in the top margin, as pagination artifacts. */
    private void pageNumber(PDPageContentStream cs, int number) throws IOException {
        String s = Integer.toString(number);
        float size = profile.pageNumberSize();
        PDType0Font f = font(FontStyle.REGULAR);
        float w = f.getStringWidth(s) / 1000 * size;
        COSDictionary props = new COSDictionary();
        props.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
        props.setItem(COSName.SUBTYPE, COSName.getPDFName("Header"));
        cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(props));
        cs.beginText();
        cs.setFont(f, size);
        color(cs, Op.BLACK, false);
        float textLeft = mm(profile.marginLeftMm());
        float textWidth = mm(profile.textWidthMm());
        cs.newLineAtOffset(textLeft + (textWidth - w) / 2, pageHeight - (float) LayoutGeometry.pageNumberBaselinePt(profile));
        cs.showText(s);
        cs.endText();
        cs.endMarkedContent();
    }

    private PDStructureElement element(Tag tag) {
        PDStructureElement e = elements.get(tag);
        if (e == null) {
            PDStructureElement parent = tag.parent.map(this::element).orElse(documentElement);
            e = new PDStructureElement(tag.type, parent);
            if (tag.type.equals("TH")) {
                // Header cells head their column (PDF/UA-1 7.5: TH needs a Scope).
                var scope = new org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject();
                scope.setScope(org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject.SCOPE_COLUMN);
                e.addAttribute(scope);
            }
            parent.appendKid(e);
            elements.put(tag, e);
        }
        return e;
    }

    private void field(FieldAt at) throws IOException {
        Op.Field f = at.op();
        PDTerminalField field;
        if (f.signature()) {
            field = new PDSignatureField(form);
        } else {
            PDTextField text = new PDTextField(form);
            String fontName = f.style() == FontStyle.ITALIC
                    ? PdfFields.ITALIC_FONT_RESOURCE : PdfFields.REGULAR_FONT_RESOURCE;
            text.setDefaultAppearance("/" + fontName + " " + fmt(f.fontSize()) + " Tf 0 g");
            // Where a clerk writes: the number against the "/" that follows it, date parts centred.
            text.setQ(f.name().equals(PdfFields.NUMBER) ? PDTextField.QUADDING_RIGHT : PDTextField.QUADDING_CENTERED);
            field = text;
        }
        field.setPartialName(f.name());
        field.setAlternateFieldName(alternateName(f.name()));
        // Field and widget are one dictionary (ISO 32000-1 12.7.3.1), so the widget on the page
        // carries the field's /T and, once filled or signed, its /V. EU DSS's page-image check
        // (DefaultPdfDifferencesFinder.getVisualDifferences) hides only the annotations whose
        // /Rect, /T or presence of /V differ from the signed revision (PdfAnnotation.equals);
        // a widget apart from its field never differs, so a later fill or seal showed as a
        // visual difference. The tagging order above keeps the merged /V from being "undefined".
        PDAnnotationWidget widget = field.getWidgets().get(0);
        PDRectangle rect = new PDRectangle(at.x(), at.y(), f.width(), f.height());
        widget.setRectangle(rect);
        widget.setPage(at.page());
        widget.setPrinted(true);
        PDAppearanceStream empty = new PDAppearanceStream(pdf);
        empty.setBBox(new PDRectangle(f.width(), f.height()));
        empty.setResources(new PDResources());
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(empty);
        widget.setAppearance(appearance);
        at.page().getAnnotations().add(widget);
        // Tab order follows the structure (PDF/UA-1 7.18.3).
        at.page().getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        form.getFields().add(field);

        PDStructureElement formElement = new PDStructureElement("Form", documentElement);
        formElement.setAlternateDescription(alternateName(f.name()));
        documentElement.appendKid(formElement);
        PDObjectReference ref = new PDObjectReference();
        ref.setReferencedObject(widget);
        ref.setPage(at.page());
        formElement.appendKid(ref);
        widget.setStructParent(nextParentKey);
        parentTree.put(nextParentKey++, new PDParentTreeValue(formElement.getCOSObject()));
    }

    private static String alternateName(String name) {
        switch (name) {
            case PdfFields.SIGNER: return "Chữ ký của người có thẩm quyền (signature of the signer)";
            case PdfFields.SEAL: return "Dấu, chữ ký số của cơ quan (seal and signature of the body)";
            case PdfFields.CO_SIGNER: return "Chữ ký của người ký thứ hai (signature of the second signer)";
            case PdfFields.CORNER: return "Chữ ký số của cơ quan trên văn bản điện tử (signature of the body, ô 14)";
            case PdfFields.NUMBER: return "Số văn bản (document number)";
            case PdfFields.DAY: return "Ngày ban hành (day of issue)";
            case PdfFields.MONTH: return "Tháng ban hành (month of issue)";
            case PdfFields.YEAR: return "Năm ban hành (year of issue)";
            default: return name;
        }
    }

    private static String fmt(float v) {
        return v == Math.rint(v) ? Integer.toString((int) v) : Float.toString(v);
    }

    private void finish(Info info) throws IOException {
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        PDStructureTreeRoot root = catalog.getStructureTreeRoot();
        parentTreeNode.setNumbers(parentTree);
        root.setParentTreeNextKey(nextParentKey);

        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        catalog.setLanguage(info.language());
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);

        if (!form.getFields().isEmpty()) {
            PDResources dr = new PDResources();
            PDType0Font regular = font(FontStyle.REGULAR);
            PDType0Font italic = font(FontStyle.ITALIC);
            for (int cp = '0'; cp <= '9'; cp++) {
                regular.addToSubset(cp);
                italic.addToSubset(cp);
            }
            regular.addToSubset('/');
            dr.put(COSName.getPDFName(PdfFields.REGULAR_FONT_RESOURCE), regular);
            dr.put(COSName.getPDFName(PdfFields.ITALIC_FONT_RESOURCE), italic);
            form.setDefaultResources(dr);
            form.setDefaultAppearance("/" + PdfFields.REGULAR_FONT_RESOURCE + " 13 Tf 0 g");
            form.setNeedAppearances(false);
            form.getCOSObject().removeItem(COSName.NEED_APPEARANCES);
            catalog.setAcroForm(form);
        }

        PDDocumentInformation di = pdf.getDocumentInformation();
        di.setTitle(info.title());
        di.setAuthor(info.author());
        di.setProducer(info.producer());
        di.setCreator(info.producer());
        Calendar created = java.util.GregorianCalendar.from(info.created());
        di.setCreationDate(created);
        di.setModificationDate(created);

        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(xmp(info).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);

        COSStream profile = pdf.getDocument().createCOSStream();
        profile.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        profile.setInt(COSName.N, 3);
        try (java.io.OutputStream raw = profile.createRawOutputStream()) {
            raw.write(SRGB_DEFLATED);
        }
        COSDictionary intentDictionary = new COSDictionary();
        intentDictionary.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
        intentDictionary.setItem(COSName.S, COSName.GTS_PDFA1);
        intentDictionary.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
        PDOutputIntent intent = new PDOutputIntent(intentDictionary);
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        // A stable /ID derived from the metadata, so equal inputs give equal files.
        byte[] digest = sha256(info.title() + '\n' + info.author() + '\n' + info.created().toInstant().toEpochMilli());
        COSArray ids = new COSArray();
        byte[] first = java.util.Arrays.copyOf(digest, 16);
        ids.add(new COSString(first));
        ids.add(new COSString(first));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /**
     * The XMP packet: Dublin Core title, creator and language, pdf:Producer, xmp dates in
     * Vietnam time, PDF/A-2 level A and PDF/UA-1 identification, with the PDF/A extension-schema
     * declaration PDF/A requires for the pdfuaid namespace (ISO 14289-1 §5). Written as text: it
     * is fixed apart from five escaped values, and xmpbox's DOM serialiser cost about a fifth of
     * the rendering time.
     */
    static String xmp(Info info) {
        String date = XMP_DATE.format(info.created());
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(info.title())
                + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:creator><rdf:Seq><rdf:li>" + escape(info.author()) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "<dc:language><rdf:Bag><rdf:li>" + escape(info.language()) + "</rdf:li></rdf:Bag></dc:language>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">"
                + "<pdf:Producer>" + escape(info.producer()) + "</pdf:Producer></rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
                + "<xmp:CreateDate>" + date + "</xmp:CreateDate><xmp:ModifyDate>" + date + "</xmp:ModifyDate>"
                + "<xmp:CreatorTool>" + escape(info.producer()) + "</xmp:CreatorTool></rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">"
                + "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance></rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">"
                + "<pdfuaid:part>1</pdfuaid:part></rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" "
                + "xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" "
                + "xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">"
                + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
                + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>"
                + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>"
                + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"
                + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">"
                + "<pdfaProperty:name>part</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType>"
                + "<pdfaProperty:category>internal</pdfaProperty:category>"
                + "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed"
                + "</pdfaProperty:description></rdf:li></rdf:Seq></pdfaSchema:property>"
                + "</rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>\n"
                + "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    private static final java.time.format.DateTimeFormatter XMP_DATE =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
