// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import io.github.vanban.core.io.AtomicFile;
import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.render.docx.DocxRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.wml.DocDefaults;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;

/**
 * An organisation's own DOCX letterhead template applied to documents rendered by core's {@code
 * DocxRenderer}: its styles, its headers and footers (with their images), and content controls in
 * them filled with the document's text. The rendered body is kept; the template's body is not
 * used.
 *
 * <p><b>Styles.</b> The template's document defaults (fonts, language) replace the renderer's;
 * each of its styles whose id is one of the renderer's ({@code VBBody}, {@code VBCoQuan}, {@code
 * VBLienHe} …, listed in the module README) replaces that style, and its other styles (such as
 * Word's "Header" and "Footer") are added.
 *
 * <p><b>Headers and footers</b> come from the template's first section; a place the template
 * leaves empty keeps the renderer's part:
 *
 * <ul>
 *   <li>page 1 of the document: the template's first-page header and footer when it has a
 *       different first page ({@code w:titlePg}), otherwise its default ones, as Word shows the
 *       template. A first-page footer replaces the renderer's ô 13 contact footer; put a {@link
 *       LetterheadTag#CONTACT vanban.contact} control in it to print the profile's contact lines.
 *       A default header or footer with a page number is left off page 1, which Decree 30 does
 *       not number (nd30.md §2.1); an explicit first-page one with a page number is refused;
 *   <li>pages 2 onwards, in the main document and in every appendix section: the template's
 *       default header and footer. A default header without a PAGE field gets the renderer's
 *       centred page number (style {@code VBSoTrang}) as its first paragraph, so that the number
 *       stays in the top margin where Decree 30 puts it; the first page of each appendix keeps
 *       the renderer's empty header and footer;
 *   <li>even pages: the template's even header and footer, only when its settings turn on
 *       different odd and even pages ({@code w:evenAndOddHeaders}), which the result then does
 *       too; the page-number rule is the same.
 * </ul>
 *
 * <p>The margins and header and footer distances stay the renderer's (Decree 30, Appendix I): a
 * header taller than the top margin pushes the text down. Numbering definitions, comments and
 * other parts of the template are not carried over.
 *
 * <p><b>Content controls.</b> A plain-text or rich-text content control in a header or footer
 * (in a paragraph, a table cell or a text box) whose tag is a {@link LetterheadTag} is replaced by the document's text in the formatting of
 * the control's first run (Word's prompt-text style dropped), so the output has plain text and no
 * prompt. Other tags are left as they are and reported in {@link #warnings()}, as are tagged
 * controls in the template's body; {@link #strict()} turns warnings into an error.
 *
 * <p>Usage: {@code Letterhead.read(template).render(DocxRenderer.create(), document, target)}.
 * Core's {@code PdfRenderer} draws the decree's layout without a letterhead; for a PDF that shows
 * it, convert the lettered DOCX with a Word-compatible engine such as LibreOffice.
 *
 * <p>The decree fixes fonts and sizes (Appendix I), so a letterhead can make a document fail the
 * layout checks: validate the result as you would any DOCX. Immutable and thread-safe: every
 * {@code apply} reads its own copy of the template.
 */
public final class Letterhead {
    private final byte[] template;
    private final String source;
    private final List<String> warnings;

    private Letterhead(byte[] template, String source, List<String> warnings) {
        this.template = template;
        this.source = source;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Reads and checks an organisation's DOCX template; the file is only read.
     *
     * @param docx the template (.docx or .dotx)
     * @return the letterhead
     * @throws TemplateException if the file is not a DOCX, has no styles, headers or footers, shows a
     *     page number on page 1, or has a {@link LetterheadTag} on a control that cannot hold text
     *     (the message names the file, the part and the tag)
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Letterhead read(Path docx) {
        Objects.requireNonNull(docx, "docx");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(docx);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read letterhead " + docx, e);
        }
        String source = docx.toString();
        WordprocessingMLPackage pkg = TemplatePackage.load(bytes, source);
        HeaderFooterPlan plan = HeaderFooterPlan.of(pkg, source);
        StyleDefinitionsPart styles = pkg.getMainDocumentPart().getStyleDefinitionsPart();
        if (styles == null && plan.isEmpty()) {
            throw new TemplateException(source + ": no styles, headers or footers to apply;"
                    + " is it a DOCX letterhead template?");
        }
        List<String> warnings = new ArrayList<>();
        if (styles != null) {
            fontWarning(styles.getJaxbElement(), source + "!" + TemplatePackage.name(styles)).ifPresent(warnings::add);
        }
        warnings.addAll(plan.warnings());
        warnings.addAll(plan.inspect(pkg, source));
        return new Letterhead(bytes, source, warnings);
    }

    /**
     * Returns what the template has that the letterhead leaves as it is or leaves out: content
     * controls with tags that are not {@link LetterheadTag}s, tagged controls in the body, contact
     * lines on pages after the first, a page number in a footer, default fonts other than Times New
     * Roman, sections after the first. Each names the file and the part.
     *
     * @return the warnings, empty for a clean template
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Returns this letterhead if it has no {@link #warnings()}, for callers that want a template
     * to use only what it can.
     *
     * @return this letterhead
     * @throws TemplateException listing the warnings, one per line
     */
    public Letterhead strict() {
        if (!warnings.isEmpty()) {
            throw new TemplateException(source + ": " + warnings.size() + " problem(s) in the letterhead:\n"
                    + String.join("\n", warnings));
        }
        return this;
    }

    /**
     * Returns a copy of a rendered DOCX with this letterhead applied.
     *
     * @param document the document the DOCX was rendered from; fills the content controls
     * @param renderedDocx a DOCX from {@code DocxRenderer}
     * @return the new DOCX
     * @throws TemplateException if the input is not a DOCX from the renderer
     */
    public byte[] apply(AdministrativeDocument document, byte[] renderedDocx) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(renderedDocx, "renderedDocx");
        WordprocessingMLPackage out = TemplatePackage.load(renderedDocx, "the rendered DOCX");
        WordprocessingMLPackage org = TemplatePackage.load(template, source);
        StyleDefinitionsPart ours = out.getMainDocumentPart().getStyleDefinitionsPart();
        if (ours == null) {
            throw new TemplateException("the rendered DOCX has no word/styles.xml; is it from DocxRenderer?");
        }
        StyleDefinitionsPart theirs = org.getMainDocumentPart().getStyleDefinitionsPart();
        if (theirs != null) {
            merge(ours.getJaxbElement(), theirs.getJaxbElement());
        }
        Map<LetterheadTag, List<String>> values = new EnumMap<>(LetterheadTag.class);
        for (LetterheadTag tag : LetterheadTag.values()) {
            values.put(tag, tag.lines(document));
        }
        HeaderFooterPlan.of(org, source).apply(out, values, source);
        return TemplatePackage.save(out, "the DOCX with letterhead " + source);
    }

    /**
     * Writes a copy of a rendered DOCX file with this letterhead to {@code target}, replacing it
     * atomically; {@code source} is only read.
     *
     * @param document the document the DOCX was rendered from
     * @param source the rendered DOCX
     * @param target the new file; must differ from {@code source}
     * @throws IllegalArgumentException if both paths name the same file
     * @throws TemplateException if the source is not a DOCX from the renderer
     * @throws UncheckedIOException if a file cannot be read or written
     */
    public void apply(AdministrativeDocument document, Path source, Path target) {
        Objects.requireNonNull(document, "document");
        if (source.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("target must differ from source, was " + target);
        }
        byte[] rendered;
        try {
            rendered = Files.readAllBytes(source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        AtomicFile.write(target, apply(document, rendered));
    }

    /**
     * Renders a document to DOCX with this letterhead and writes it to {@code target}, replacing
     * it atomically: nothing is written unless the whole document was rendered.
     *
     * @param renderer the renderer, with its profile and clock
     * @param document the document
     * @param target the {@code .docx} file to write
     * @throws io.github.vanban.core.render.RenderException if the renderer fails
     * @throws UncheckedIOException if the file cannot be written
     */
    public void render(DocxRenderer renderer, AdministrativeDocument document, Path target) {
        Objects.requireNonNull(renderer, "renderer");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(target, "target");
        AtomicFile.write(target, apply(document, renderer.render(document)));
    }

    private static void merge(Styles ours, Styles theirs) {
        if (theirs.getDocDefaults() != null) {
            ours.setDocDefaults(XmlUtils.deepCopy(theirs.getDocDefaults()));
        }
        Map<String, Integer> byId = new HashMap<>();
        List<Style> list = ours.getStyle();
        for (int i = 0; i < list.size(); i++) {
            byId.put(list.get(i).getStyleId(), i);
        }
        for (Style style : theirs.getStyle()) {
            Style copy = XmlUtils.deepCopy(style);
            Integer at = byId.get(style.getStyleId());
            if (at != null) {
                list.set(at, copy);
            } else {
                list.add(copy);
            }
        }
    }

    /** Decree 30 sets Times New Roman (Appendix I, I): flag other default fonts. */
    private static Optional<String> fontWarning(Styles styles, String where) {
        DocDefaults defaults = styles.getDocDefaults();
        if (defaults == null || defaults.getRPrDefault() == null || defaults.getRPrDefault().getRPr() == null) {
            return Optional.empty();
        }
        RFonts fonts = defaults.getRPrDefault().getRPr().getRFonts();
        if (fonts == null) {
            return Optional.empty();
        }
        String font = fonts.getAsciiTheme() != null ? "the theme font " + fonts.getAsciiTheme().value()
                : fonts.getAscii();
        if (font == null || "Times New Roman".equals(font)) {
            return Optional.empty();
        }
        return Optional.of(where + ": the document defaults name " + font
                + ", which replaces Times New Roman; Decree 30 sets Times New Roman (Appendix I)");
    }
}
