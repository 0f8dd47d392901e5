// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.pdf;

import io.github.vanban.core.io.AtomicFile;
import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.render.FontStyle;
import io.github.vanban.core.render.PageProfile;
import io.github.vanban.core.render.RenderException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders an {@link AdministrativeDocument} directly to PDF (no office suite), laid out as Decree
 * 30/2020/NĐ-CP, Appendix I prescribes, with the geometry and sizes of {@link PageProfile} shared
 * with the DOCX renderer.
 *
 * <p>The output is PDF/A-2 level A and PDF/UA-1 (both declared in the XMP and checked with veraPDF
 * in the tests): tagged in reading order (P, H1–H3, L/LI/LBody, Table/TR/TH/TD, Form for the
 * fields), rules, stamp borders and page numbers as artifacts, with the font subset-embedded with ToUnicode maps so every Vietnamese letter extracts
 * back exactly, /Lang vi-VN, XMP metadata (dc:title = subject, dc:creator = issuing body,
 * xmp:CreateDate from the options' clock in +07:00), an sRGB output intent, empty signature fields
 * and, while number or date are unassigned, fillable text fields (names in {@link PdfFields}).
 *
 * <p>Layout: header in two columns (authorities, rule, "Số", "V/v" left; national title, motto,
 * rule, place and date right), type name and subject centred, "Kính gửi", the body justified with
 * first-line indent, widow and orphan control and headings kept with what follows, then the
 * "Nơi nhận" and signer block, which never splits and moves to a new page with at least the last
 * two body lines. Page numbers from page 2, centred in the top margin; the contact lines (ô 13) at
 * the foot of page 1; each appendix on a new page with its own page numbers (page 1 of an appendix
 * shows no number either). A file of appendices only ({@link
 * AdministrativeDocument#appendicesOnly()}, form 2.2) prints just the appendices, the first on
 * page 1, with the {@value PdfFields#CORNER} field at the top right of page 1 and no contact lines.
 *
 * <p>Instances are immutable and thread-safe. A call with the same document and a fixed clock
 * gives byte-identical output.
 *
 * <pre>
 * PdfRenderer renderer = PdfRenderer.create();
 * renderer.render(document, Path.of("cong-van.pdf"));
 * </pre>
 */
public final class PdfRenderer {
    private final PdfRenderOptions options;

    private PdfRenderer(PdfRenderOptions options) {
        this.options = options;
    }

    /**
     * Creates a renderer with {@link PdfRenderOptions#defaults()}.
     *
     * @return the renderer
     */
    public static PdfRenderer create() {
        return new PdfRenderer(PdfRenderOptions.defaults());
    }

    /**
     * Creates a renderer.
     *
     * @param options the options
     * @return the renderer
     */
    public static PdfRenderer create(PdfRenderOptions options) {
        return new PdfRenderer(Objects.requireNonNull(options, "options"));
    }

    /**
     * Returns the options.
     *
     * @return the options
     */
    public PdfRenderOptions options() {
        return options;
    }

    /**
     * Renders to a byte array.
     *
     * @param document the document
     * @return the PDF
     * @throws RenderException if the document cannot be rendered (a character missing from the
     *     font, an authority name too long for the header, an empty body)
     */
    public byte[] render(AdministrativeDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(document, out);
        return out.toByteArray();
    }

    /**
     * Renders to a stream. Nothing is written unless rendering succeeds; the stream is flushed
     * but not closed (it belongs to the caller).
     *
     * @param document the document
     * @param out the destination
     * @throws RenderException if the document cannot be rendered
     * @throws UncheckedIOException if writing to {@code out} fails
     */
    public void render(AdministrativeDocument document, OutputStream out) {
        Objects.requireNonNull(out, "out");
        byte[] pdf = render(document);
        try {
            out.write(pdf);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF to the output stream", e);
        }
    }

    /**
     * Renders to a file: the PDF is written to a temporary file in the same directory and then
     * moved over {@code target} atomically, so {@code target} is never left half-written.
     *
     * @param document the document
     * @param target the file to create or replace
     * @throws RenderException if the document cannot be rendered
     * @throws UncheckedIOException if the file cannot be written
     */
    public void render(AdministrativeDocument document, Path target) {
        Objects.requireNonNull(target, "target");
        AtomicFile.write(target, render(document));
    }

    private void write(AdministrativeDocument document, OutputStream out) {
        Objects.requireNonNull(document, "document");
        PageProfile profile = options.profile();
        FontProvider fonts = options.fonts();
        TextLayout text = new TextLayout(fonts.metrics());
        Composer composer = new Composer(document, profile, text, options.sealDiameterMm());
        List<Row> rows = composer.compose();
        List<Op> foot = composer.contactFoot();
        float footHeight = foot.isEmpty() ? 0 : composer.contactHeight() + 6;
        float height = PdfWriter.textHeight(profile);
        List<Paginator.Page> pages = Paginator.paginate(rows, height - footHeight, height);

        Map<FontStyle, TrueTypeFont> ttfs = fonts.acquire();
        try (PDDocument pdf = new PDDocument()) {
            new PdfWriter(pdf, ttfs, profile).write(pages, foot, footHeight, info(document));
            pdf.save(out);
        } catch (IOException e) {
            throw new RenderException("cannot write the PDF of " + describe(document), e);
        } finally {
            fonts.release(ttfs);
        }
    }

    private PdfWriter.Info info(AdministrativeDocument document) {
        ZonedDateTime now = ZonedDateTime.now(options.clock()).withZoneSameInstant(IssueDate.ZONE).withNano(0);
        String title = document.subject().orElse(document.type().label());
        return new PdfWriter.Info(title, document.issuingAuthority(), options.producer(), now, "vi-VN");
    }

    private static String describe(AdministrativeDocument document) {
        return document.type().label() + " " + document.number().line().strip();
    }
}
