// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.internal;

import io.github.vanban.signing.Appearance;
import io.github.vanban.signing.FieldLocator;
import io.github.vanban.signing.SigningException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Writes the incremental update that carries a new signature dictionary with a zero-filled
 * {@code /Contents} placeholder, places and draws its widget, and digests the byte range.
 */
public final class PdfPreparer {
    private static final float MM = 72f / 25.4f;
    private static final int[] RESERVED_RANGE = {0, 1_000_000_000, 1_000_000_000, 1_000_000_000};
    /**
     * Inputs up to this size are read into memory in one call: PDFBox then parses from an array
     * and copies the original into the output from it, instead of paging the file in 4 KiB
     * reads. Larger inputs are read from the file, so a 200 MB PDF still signs in a small heap.
     */
    static final long IN_MEMORY_LIMIT = 8L << 20;
    private static final int BUFFER = 65536;

    /** Kind of signature dictionary. */
    public enum Kind {
        /** A PAdES signature ({@code ETSI.CAdES.detached}). */
        SIGNATURE,
        /** A document time-stamp ({@code ETSI.RFC3161}). */
        DOCUMENT_TIMESTAMP
    }

    /**
     * What to prepare.
     *
     * @param kind signature or document time-stamp
     * @param field locator
     * @param appearance appearance
     * @param signingTime claimed time (whole seconds), written to {@code /M} and displayed
     * @param signerName {@code /Name}
     * @param reason {@code /Reason}
     * @param location {@code /Location}
     * @param contactInfo {@code /ContactInfo}
     * @param contentsBytes reserved {@code /Contents} size in bytes
     * @param digestAlgorithm byte-range digest
     */
    public record Spec(Kind kind, FieldLocator field, Appearance appearance, Instant signingTime,
            Optional<String> signerName, Optional<String> reason, Optional<String> location,
            Optional<String> contactInfo, int contentsBytes, String digestAlgorithm) {}

    /**
     * The prepared file.
     *
     * @param contentsOffset file offset of the first hex digit of {@code /Contents}
     * @param contentsBytes capacity in bytes (half the hex digits)
     * @param digest digest of the byte range
     * @param fieldName name of the signed field
     */
    public record Prepared(long contentsOffset, int contentsBytes, byte[] digest,
            String fieldName) {}

    private PdfPreparer() {}

    /**
     * Makes what goes into {@code /Contents} from the digest of the byte range, while the
     * prepared document is still in memory.
     */
    @FunctionalInterface
    public interface ContentsMaker {
        /**
         * Returns the DER CMS or time-stamp token for {@code digest}, or an empty array to leave
         * the placeholder zero-filled (the CMS is then written later with {@link ContentsWriter}).
         *
         * @param digest digest of the byte range
         * @return the contents, at most the reserved size
         */
        byte[] contents(byte[] digest);
    }

    /**
     * Writes {@code input} plus the incremental update, with a zero-filled {@code /Contents}
     * placeholder, to {@code output}.
     *
     * @param input source PDF (not modified)
     * @param output target file (created or truncated)
     * @param spec what to prepare
     * @return where the CMS goes and what to sign
     */
    public static Prepared prepare(Path input, Path output, Spec spec) {
        return prepare(input, output, spec, digest -> new byte[0]);
    }

    /**
     * Writes {@code input} plus the incremental update to {@code output}, with {@code /Contents}
     * filled by {@code maker} before anything is written, so the file is written once (the
     * one-call signing path; {@link #prepare(Path, Path, Spec)} is the two-step one).
     *
     * @param input source PDF (not modified)
     * @param output target file (created or truncated)
     * @param spec what to prepare
     * @param maker makes the contents from the byte-range digest; its exceptions propagate
     * @return where the contents went and the digest they were made for
     */
    public static Prepared prepare(Path input, Path output, Spec spec, ContentsMaker maker) {
        try (PDDocument doc = load(input)) {
            if (doc.isEncrypted()) {
                throw new SigningException("Cannot sign " + input + ": encrypted PDFs are not supported");
            }
            if (doc.getNumberOfPages() == 0) {
                throw new SigningException("Cannot sign " + input + ": it has no pages");
            }
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            if (form == null) {
                form = new PDAcroForm(doc);
                doc.getDocumentCatalog().setAcroForm(form);
            }
            if (form.getCOSObject().getCOSArray(COSName.FIELDS) == null) {
                form.getCOSObject().setItem(COSName.FIELDS, new COSArray());
            }
            Placement placement = place(doc, form, spec, input);

            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            if (spec.kind() == Kind.DOCUMENT_TIMESTAMP) {
                signature.setType(COSName.DOC_TIME_STAMP);
                signature.setSubFilter(COSName.getPDFName("ETSI.RFC3161"));
            } else {
                signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
                signature.getCOSObject().setString(COSName.M,
                        VietnamTime.pdfDate(spec.signingTime()));
                spec.signerName().ifPresent(signature::setName);
                spec.reason().ifPresent(signature::setReason);
                spec.location().ifPresent(signature::setLocation);
                spec.contactInfo().ifPresent(signature::setContactInfo);
            }
            signature.setContents(new byte[spec.contentsBytes()]);
            signature.setByteRange(RESERVED_RANGE);
            signature.getCOSObject().setNeedToBeUpdated(true);
            placement.field.getCOSObject().setItem(COSName.V, signature);

            PDAnnotationWidget widget = placement.widget;
            PDRectangle bbox = existingBBox(widget).orElse(
                    new PDRectangle(placement.rect.getWidth(), placement.rect.getHeight()));
            widget.setRectangle(placement.rect);
            widget.setPrinted(true);
            widget.setAppearance(appearance(doc, placement.rect, bbox, spec));
            markUpdated(doc, form, placement);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);

            MessageDigest md = MessageDigest.getInstance(spec.digestAlgorithm());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), BUFFER)) {
                ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
                try (InputStream content = external.getContent()) {
                    byte[] buffer = new byte[BUFFER];
                    for (int n; (n = content.read(buffer)) > 0; ) {
                        md.update(buffer, 0, n);
                    }
                }
                int[] range = signature.getByteRange();
                byte[] digest = md.digest();
                byte[] contents = maker.contents(digest);
                ContentsWriter.requireFits(output, spec.contentsBytes(), contents);
                external.setSignature(contents);
                return new Prepared(range[1] + 1L, spec.contentsBytes(), digest,
                        placement.field.getFullyQualifiedName());
            }
        } catch (IOException e) {
            throw new SigningException("Cannot prepare " + input + " for signing: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads a PDF, from memory when it is small (see {@link #IN_MEMORY_LIMIT}). */
    static PDDocument load(Path input) throws IOException {
        if (Files.size(input) <= IN_MEMORY_LIMIT) {
            return Loader.loadPDF(Files.readAllBytes(input));
        }
        return Loader.loadPDF(input.toFile());
    }

    private static final class Placement {
        final PDSignatureField field;
        final PDAnnotationWidget widget;
        final PDPage page;
        final boolean isNew;
        PDRectangle rect;

        Placement(PDSignatureField field, PDAnnotationWidget widget, PDPage page, boolean isNew,
                PDRectangle rect) {
            this.field = field;
            this.widget = widget;
            this.page = page;
            this.isNew = isNew;
            this.rect = rect;
        }
    }

    private static Placement place(PDDocument doc, PDAcroForm form, Spec spec, Path input)
            throws IOException {
        Appearance appearance = spec.appearance();
        boolean needsPlace = appearance instanceof Appearance.SignatureImage
                || appearance instanceof Appearance.Seal;
        FieldLocator locator = spec.field();
        Placement placement;
        if (locator instanceof FieldLocator.FirstEmpty) {
            Optional<PDSignatureField> empty = spec.kind() == Kind.SIGNATURE
                    ? firstEmpty(form) : Optional.empty();
            if (empty.isPresent()) {
                placement = existing(doc, empty.get(), input);
            } else if (needsPlace) {
                throw new SigningException("Cannot place the signature image in " + input
                        + ": it has no empty signature field; name a field or give a page rectangle");
            } else {
                placement = created(doc, form, uniqueName(form, spec.kind()), 0, new PDRectangle());
            }
        } else if (locator instanceof FieldLocator.Named) {
            String name = ((FieldLocator.Named) locator).name();
            PDField field = form.getField(name);
            if (field instanceof PDSignatureField) {
                placement = existing(doc, (PDSignatureField) field, input);
            } else if (field != null) {
                throw new SigningException("Field '" + name + "' in " + input + " is a "
                        + field.getFieldType() + " field, not a signature field");
            } else if (needsPlace) {
                throw new SigningException("No signature field named '" + name + "' in " + input
                        + "; signature fields present: " + signatureFieldNames(form));
            } else {
                placement = created(doc, form, name, 0, new PDRectangle());
            }
        } else if (locator instanceof FieldLocator.OnPage) {
            FieldLocator.OnPage on = (FieldLocator.OnPage) locator;
            if (on.page() > doc.getNumberOfPages()) {
                throw new SigningException("Page " + on.page() + " does not exist in " + input
                        + ", which has " + doc.getNumberOfPages() + " pages");
            }
            PDRectangle box = doc.getPage(on.page() - 1).getMediaBox();
            float w = (float) on.widthMm() * MM;
            float h = (float) on.heightMm() * MM;
            PDRectangle rect = new PDRectangle(box.getLowerLeftX() + (float) on.leftMm() * MM,
                    box.getUpperRightY() - (float) on.topMm() * MM - h, w, h);
            placement = created(doc, form, uniqueName(form, spec.kind()), on.page() - 1, rect);
        } else if (locator instanceof FieldLocator.Anchored) {
            FieldLocator.Anchored anchored = (FieldLocator.Anchored) locator;
            TextLocator.Hit hit = TextLocator.find(doc, anchored.text()).orElseThrow(
                    () -> new SigningException("Anchor text '" + anchored.text()
                            + "' was not found in " + input));
            float w = (float) anchored.widthMm() * MM;
            float h = (float) anchored.heightMm() * MM;
            PDRectangle box = hit.box();
            float centre = box.getLowerLeftX() + box.getWidth() / 2;
            PDRectangle rect = new PDRectangle(centre - w / 2, box.getUpperRightY() + 2 * MM, w, h);
            placement = created(doc, form, uniqueName(form, spec.kind()), hit.pageIndex(), rect);
        } else {
            throw new AssertionError("unknown locator " + locator);
        }
        placement.rect = adjustedRect(doc, form, placement, appearance, spec.signingTime());
        return placement;
    }

    private static PDRectangle adjustedRect(PDDocument doc, PDAcroForm form, Placement placement,
            Appearance appearance, Instant time) throws IOException {
        if (appearance instanceof Appearance.Invisible) {
            return placement.isNew ? new PDRectangle() : placement.rect;
        }
        if (appearance instanceof Appearance.TextStamp) {
            PDRectangle media = placement.page.getMediaBox();
            Appearance.TextStamp stamp = (Appearance.TextStamp) appearance;
            float width = textWidth(doc, stampLine(stamp, time), 10f) + 4;
            // One line (Appendix I II.8.b): within the field the renderer reserved (vanban_corner),
            // or within the page less the 15 mm right inset on both sides for a new field.
            float room = placement.isNew ? media.getWidth() - 2 * 15 * MM : placement.rect.getWidth();
            if (width > room) {
                String where = placement.isNew ? "the page leaves"
                        : "the field '" + placement.field.getFullyQualifiedName() + "' is";
                throw new SigningException(String.format(Locale.ROOT, "The stamp line '%s; <date>; <time>' is "
                        + "%.1f mm wide at 10 pt; %s %.1f mm: shorten it (Decree 30 prints it on one line)",
                        stamp.prefix(), width / MM, where, room / MM));
            }
            return new PDRectangle(media.getUpperRightX() - 15 * MM - width,
                    media.getUpperRightY() - 8 * MM - 14, width, 14);
        }
        if (appearance instanceof Appearance.Seal) {
            Appearance.Seal seal = (Appearance.Seal) appearance;
            float w = (float) seal.diameterMm() * MM;
            float h = w * seal.image().heightPx() / seal.image().widthPx();
            if (!placement.isNew && keepsSeal(placement.rect, w, h)) {
                // A placeholder already of the seal's size (the renderer's vanban_seal) stays put:
                // moving or resizing a widget after the first signature is a change validators
                // such as EU DSS report; the image is fitted into it, centred.
                return placement.rect;
            }
            PDRectangle anchor = placement.rect;
            PDField signer = form.getField(seal.overlapField());
            if (signer != null && !signer.getWidgets().isEmpty()) {
                anchor = signer.getWidgets().get(0).getRectangle();
            }
            // Right edge of the seal on the first third of the person's signature (Appendix I II.8.a).
            float right = anchor.getLowerLeftX() + anchor.getWidth() / 3;
            float centreY = anchor.getLowerLeftY() + anchor.getHeight() / 2;
            return new PDRectangle(right - w, centreY - h / 2, w, h);
        }
        if (placement.rect.getWidth() <= 0 || placement.rect.getHeight() <= 0) {
            throw new SigningException("Signature field '" + placement.field.getFullyQualifiedName()
                    + "' has an empty rectangle; cannot draw the signature image in it");
        }
        return placement.rect;
    }

    /**
     * Whether an existing widget rectangle already suits a seal {@code w} wide and {@code h}
     * tall: as wide, and as tall or square (a round seal's box), to a quarter point.
     */
    static boolean keepsSeal(PDRectangle rect, float w, float h) {
        float tolerance = 0.25f;
        return Math.abs(rect.getWidth() - w) <= tolerance
                && (Math.abs(rect.getHeight() - h) <= tolerance || Math.abs(rect.getHeight() - w) <= tolerance);
    }

    private static float textWidth(PDDocument doc, String text, float size) throws IOException {
        PDType0Font font = Fonts.serif(doc);
        return font.getStringWidth(text) / 1000 * size;
    }

    private static Placement existing(PDDocument doc, PDSignatureField field, Path input) {
        if (field.getSignature() != null) {
            throw new SigningException("Signature field '" + field.getFullyQualifiedName()
                    + "' in " + input + " is already signed");
        }
        if (field.getWidgets().isEmpty()) {
            throw new SigningException("Signature field '" + field.getFullyQualifiedName()
                    + "' in " + input + " has no widget");
        }
        PDAnnotationWidget widget = field.getWidgets().get(0);
        PDPage page = widget.getPage();
        if (page == null) {
            page = pageOf(doc, widget);
        }
        PDRectangle rect = widget.getRectangle() == null ? new PDRectangle() : widget.getRectangle();
        return new Placement(field, widget, page, false, rect);
    }

    private static PDPage pageOf(PDDocument doc, PDAnnotationWidget widget) {
        for (PDPage page : doc.getPages()) {
            try {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a.getCOSObject() == widget.getCOSObject()) {
                        return page;
                    }
                }
            } catch (IOException e) {
                throw new SigningException("Cannot read the annotations of a page", e);
            }
        }
        throw new SigningException("Signature widget is not on any page");
    }

    private static Placement created(PDDocument doc, PDAcroForm form, String name, int pageIndex,
            PDRectangle rect) throws IOException {
        PDSignatureField field = new PDSignatureField(form);
        field.setPartialName(name);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        PDPage page = doc.getPage(pageIndex);
        widget.setPage(page);
        List<PDAnnotation> annotations = new ArrayList<>(page.getAnnotations());
        annotations.add(widget);
        page.setAnnotations(annotations);
        form.getFields().add(field);
        return new Placement(field, widget, page, true, rect);
    }

    private static Optional<PDSignatureField> firstEmpty(PDAcroForm form) {
        for (PDField field : form.getFieldTree()) {
            if (field instanceof PDSignatureField && ((PDSignatureField) field).getSignature() == null
                    && !field.getWidgets().isEmpty()) {
                return Optional.of((PDSignatureField) field);
            }
        }
        return Optional.empty();
    }

    private static List<String> signatureFieldNames(PDAcroForm form) {
        List<String> names = new ArrayList<>();
        for (PDField field : form.getFieldTree()) {
            if (field instanceof PDSignatureField) {
                names.add(field.getFullyQualifiedName());
            }
        }
        return names;
    }

    private static String uniqueName(PDAcroForm form, Kind kind) {
        String base = kind == Kind.DOCUMENT_TIMESTAMP ? "DocumentTimestamp" : "Signature";
        for (int i = 1; ; i++) {
            if (form.getField(base + i) == null) {
                return base + i;
            }
        }
    }

    private static void markUpdated(PDDocument doc, PDAcroForm form, Placement placement) {
        doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
        form.getCOSObject().setNeedToBeUpdated(true);
        COSArray fields = form.getCOSObject().getCOSArray(COSName.FIELDS);
        if (fields != null) {
            fields.setNeedToBeUpdated(true);
        }
        placement.field.getCOSObject().setNeedToBeUpdated(true);
        placement.widget.getCOSObject().setNeedToBeUpdated(true);
        COSDictionary parent = placement.field.getCOSObject().getCOSDictionary(COSName.PARENT);
        while (parent != null) {
            parent.setNeedToBeUpdated(true);
            parent = parent.getCOSDictionary(COSName.PARENT);
        }
        if (placement.isNew) {
            PDPage page = placement.page;
            page.getCOSObject().setNeedToBeUpdated(true);
            COSArray annots = page.getCOSObject().getCOSArray(COSName.ANNOTS);
            if (annots != null) {
                annots.setNeedToBeUpdated(true);
            }
            COSDictionary node = page.getCOSObject().getCOSDictionary(COSName.PARENT);
            while (node != null) {
                node.setNeedToBeUpdated(true);
                node = node.getCOSDictionary(COSName.PARENT);
            }
        }
    }

    /**
     * Returns the bounding box of a placeholder widget's existing appearance. Keeping it when the
     * rectangle changes (the seal is resized to its real size) makes the new appearance a content
     * change of the field being signed rather than a structural change that validators such as
     * DSS report as an undefined modification; the viewer maps the box onto the new rectangle.
     */
    private static Optional<PDRectangle> existingBBox(PDAnnotationWidget widget) {
        PDAppearanceDictionary ap = widget.getAppearance();
        if (ap == null || ap.getNormalAppearance() == null
                || !ap.getNormalAppearance().isStream()) {
            return Optional.empty();
        }
        PDRectangle box = ap.getNormalAppearance().getAppearanceStream().getBBox();
        if (box == null || box.getWidth() <= 0 || box.getHeight() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new PDRectangle(box.getLowerLeftX(), box.getLowerLeftY(),
                box.getWidth(), box.getHeight()));
    }

    private static PDAppearanceDictionary appearance(PDDocument doc, PDRectangle rect,
            PDRectangle bbox, Spec spec) throws IOException {
        PDAppearanceStream stream = new PDAppearanceStream(doc);
        float w = rect.getWidth();
        float h = rect.getHeight();
        stream.setResources(new PDResources());
        Appearance appearance = spec.appearance();
        boolean visible = !(appearance instanceof Appearance.Invisible) && w > 0 && h > 0;
        stream.setBBox(visible ? bbox : new PDRectangle(w, h));
        if (visible) {
            try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
                // Draw in rectangle units; the viewer scales the box back onto the rectangle.
                cs.transform(new org.apache.pdfbox.util.Matrix(bbox.getWidth() / w, 0, 0,
                        bbox.getHeight() / h, bbox.getLowerLeftX(), bbox.getLowerLeftY()));
                draw(doc, cs, w, h, appearance, spec.signingTime());
            }
        }
        PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
        dictionary.setNormalAppearance(stream);
        return dictionary;
    }

    private static void draw(PDDocument doc, PDPageContentStream cs, float w, float h,
            Appearance appearance, Instant time) throws IOException {
        if (appearance instanceof Appearance.TextStamp) {
            text(cs, Fonts.serif(doc), 10f, 2, 4, stampLine((Appearance.TextStamp) appearance, time));
            return;
        }
        byte[] png;
        Optional<String> body;
        if (appearance instanceof Appearance.SignatureImage) {
            png = ((Appearance.SignatureImage) appearance).image().bytes();
            body = ((Appearance.SignatureImage) appearance).bodyName();
        } else if (appearance instanceof Appearance.Seal) {
            png = ((Appearance.Seal) appearance).image().bytes();
            body = ((Appearance.Seal) appearance).bodyName();
        } else {
            throw new AssertionError("unknown appearance " + appearance);
        }
        float textHeight = body.isPresent() ? 18 : 0;
        PDImageXObject image = PDImageXObject.createFromByteArray(doc, png, "image");
        float areaH = h - textHeight;
        float scale = Math.min(w / image.getWidth(), areaH / image.getHeight());
        float iw = image.getWidth() * scale;
        float ih = image.getHeight() * scale;
        cs.drawImage(image, (w - iw) / 2, textHeight + (areaH - ih) / 2, iw, ih);
        if (body.isPresent()) {
            PDType0Font font = Fonts.serif(doc);
            text(cs, font, 7f, 1, 10, body.get());
            text(cs, font, 7f, 1, 2, VietnamTime.date(time) + " " + VietnamTime.time(time));
        }
    }

    /** The stamp's one line, Appendix I template: "&lt;prefix&gt;; &lt;dd/MM/yyyy&gt;; &lt;HH:mm:ss +07:00&gt;". */
    private static String stampLine(Appearance.TextStamp stamp, Instant time) {
        return stamp.prefix() + "; " + VietnamTime.date(time) + "; " + VietnamTime.time(time);
    }

    private static void text(PDPageContentStream cs, PDType0Font font, float size, float x, float y,
            String line) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(0f, 0f, 0f);
        cs.newLineAtOffset(x, y);
        cs.showText(line);
        cs.endText();
    }
}
