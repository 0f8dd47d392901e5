// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.conformance;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.Addressees;
import io.github.vanban.core.model.Appendix;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.CopyCertification;
import io.github.vanban.core.model.Distribution;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.HeadingLevel;
import io.github.vanban.core.model.SignatureBlock;
import io.github.vanban.core.render.FontStyle;
import io.github.vanban.core.render.PageProfile;
import io.github.vanban.core.render.conformance.PdfLayout.Glyph;
import io.github.vanban.core.render.conformance.PdfLayout.Row;
import io.github.vanban.core.render.conformance.PdfLayout.Rule;
import io.github.vanban.core.render.conformance.PdfLayout.Word;
import io.github.vanban.core.render.internal.TextMetrics;
import io.github.vanban.core.text.VietnameseText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks that a PDF, from any producer, shows an {@link AdministrativeDocument} as Decree
 * 30/2020/NĐ-CP, Appendix I lays it out with a given {@link PageProfile}: page size and margins,
 * the size and face of every component, the centring of the national heading, the lengths of the
 * rules, "Nơi nhận" level with the signer's first title line, room for the signature, "Kính
 * gửi" hyphens under the colon, first-line indents and paragraph spacing, page numbers from page 2
 * (restarting in each appendix), the reference line under each appendix title (with blank number
 * and date in a file of appendices only, form 2.2, which must show none of the main document's own
 * parts) and that every input text can be extracted.
 *
 * <p>Usage: {@code LayoutConformance.check(pdf, document, profile)} returns the violations; {@link
 * #assertConforms} fails a test listing all of them.
 */
public final class LayoutConformance {
    /** Tolerance for sizes, in points. */
    static final double SIZE_TOLERANCE = 0.25;

    /** Tolerance for positions (centring, margins, alignment), in points. */
    static final double POSITION_TOLERANCE = 1.5;

    /** The motto rule must be as long as the motto text within this, in points. */
    static final double MOTTO_RULE_TOLERANCE = 1.0;

    /** A rule belongs to the text above it when it lies at most this far below the baseline. */
    static final double RULE_DISTANCE = 10;

    private static final double PT = PageProfile.PT_PER_MM;

    private final PdfLayout layout;
    private final AdministrativeDocument doc;
    private final PageProfile profile;
    private final TextMetrics metrics = TextMetrics.liberationSerif();
    private final List<Violation> violations = new ArrayList<>();

    /** Index in {@link PdfLayout#rows()} where the next part of the document is searched from. */
    private int cursor;

    /** The row after the signer's name, where appendices and the copy block are searched from. */
    private int bottomEnd;

    private LayoutConformance(PdfLayout layout, AdministrativeDocument doc, PageProfile profile) {
        this.layout = layout;
        this.doc = doc;
        this.profile = profile;
    }

    /**
     * Checks a PDF file.
     *
     * @param pdf the rendered PDF
     * @param doc the document it was rendered from
     * @param profile the profile it was rendered with
     * @return every violation found, empty when the layout conforms
     */
    public static List<Violation> check(Path pdf, AdministrativeDocument doc, PageProfile profile) {
        return check(PdfLayout.read(pdf), doc, profile);
    }

    /**
     * Checks a layout already read.
     *
     * @param layout the PDF's layout
     * @param doc the document it was rendered from
     * @param profile the profile it was rendered with
     * @return every violation found
     */
    public static List<Violation> check(PdfLayout layout, AdministrativeDocument doc, PageProfile profile) {
        LayoutConformance c = new LayoutConformance(layout, doc, profile);
        c.run();
        return List.copyOf(c.violations);
    }

    /**
     * Fails with an {@link AssertionError} listing every violation, one per line.
     *
     * @param pdf the rendered PDF
     * @param doc the document
     * @param profile the profile
     */
    public static void assertConforms(Path pdf, AdministrativeDocument doc, PageProfile profile) {
        List<Violation> found = check(pdf, doc, profile);
        if (!found.isEmpty()) {
            throw new AssertionError(pdf.getFileName() + " departs from the Decree 30 layout in "
                    + found.size() + " way(s):\n" + found.stream().map(Violation::toString)
                            .collect(Collectors.joining("\n")));
        }
    }

    private void run() {
        pageSize();
        margins();
        if (doc.appendicesOnly()) {
            // Form 2.2: only the appendices, the first opening page 1.
            mainDocumentAbsent();
            pageNumbers(appendices());
            copy();
            return;
        }
        header();
        typeAndSubject();
        kinhGui();
        body(doc.bodyWithEndMark());
        bottom();
        contact();
        stamps();
        pageNumbers(appendices());
        copy();
    }

    // ------------------------------------------------------------------ page

    private void pageSize() {
        double w = profile.pageWidthMm() * PT;
        double h = profile.pageHeightMm() * PT;
        for (PdfLayout.Page p : layout.pages()) {
            if (Math.abs(p.width() - w) > 1 || Math.abs(p.height() - h) > 1) {
                add("page-size", p.number(), "page is %.1f × %.1f pt, expected %.1f × %.1f pt (A4)",
                        p.width(), p.height(), w, h);
            }
        }
    }

    private void margins() {
        for (PdfLayout.Page p : layout.pages()) {
            double left = profile.marginLeftMm() * PT;
            double right = p.width() - profile.marginRightMm() * PT;
            double top = profile.marginTopMm() * PT;
            double bottom = p.height() - profile.marginBottomMm() * PT;
            for (Row row : p.rows()) {
                // Page numbers belong in the top margin; the decree's diagram also puts the
                // circulation note (ô 11) above the text area, so a producer may place it there.
                if (isPageNumberRow(row) || isCirculationNoteInTopMargin(row)) {
                    continue;
                }
                for (Word w : row.words()) {
                    double size = w.size();
                    if (w.x() < left - 0.5 || w.xEnd() > right + 0.5
                            || w.baseline() - 0.7 * size < top - 0.5 || w.baseline() + 0.2 * size > bottom + 0.5) {
                        add("margins", p.number(), "\"%s\" at x %.1f–%.1f, baseline %.1f lies outside the text "
                                + "area x %.1f–%.1f, y %.1f–%.1f", w.text(), w.x(), w.xEnd(), w.baseline(),
                                left, right, top, bottom);
                    }
                }
            }
        }
    }

    private boolean isCirculationNoteInTopMargin(Row row) {
        return row.page() == 1 && row.baseline() < profile.marginTopMm() * PT && doc.circulationNote()
                .map(n -> row.text().equals(String.join(" ", VietnameseText.upper(n).split("\\s+")))).orElse(false);
    }

    private boolean isPageNumberRow(Row row) {
        return row.baseline() < profile.marginTopMm() * PT && row.words().size() == 1
                && row.words().get(0).text().matches("\\d+");
    }

    // ------------------------------------------------------------------ header

    private void header() {
        Optional<List<Word>> title = component("national title", AdministrativeDocument.NATIONAL_TITLE,
                profile.nationalTitleSize(), profile.nationalTitleSize(), FontStyle.BOLD);
        Optional<List<Word>> motto = component("motto", AdministrativeDocument.MOTTO, profile.mottoSize(),
                profile.mottoSize(), FontStyle.BOLD);
        doc.parentAuthority().ifPresent(parent -> component("parent authority", VietnameseText.upper(parent),
                12, profile.authoritySize(), FontStyle.REGULAR));
        Optional<List<Word>> issuing = component("issuing authority",
                VietnameseText.upper(doc.issuingAuthority()), 12, profile.authoritySize(), FontStyle.BOLD);
        Optional<List<Word>> number = component("number", doc.number().line(), profile.numberSize(),
                profile.numberSize(), FontStyle.REGULAR);
        Optional<List<Word>> date = Optional.empty();
        if (doc.type().hasPlaceAndDateLine()) {
            date = component("place and date", doc.placeAndDateLine(), profile.placeDateSize(),
                    profile.placeDateSize(), FontStyle.ITALIC);
        } else if (find(doc.placeAndDateLine(), cursor).isPresent()) {
            add("no-place-date", 1, "%s prints no place-and-date line, but \"%s\" was found",
                    doc.type().label(), doc.placeAndDateLine());
        }
        Optional<List<Word>> vv = Optional.empty();
        if (!doc.type().hasTypeNameLine() && doc.subjectLine().isPresent()) {
            vv = component("V/v subject", doc.subjectLine().get(), profile.vvSize(), profile.vvSize(),
                    FontStyle.REGULAR);
        }
        if (title.isPresent() && motto.isPresent()) {
            centred("motto-centred", "motto", motto.get(), "national title", centre(title.get()));
            motto.ifPresent(m -> rule("motto-rule", "motto", m, 1, 1, MOTTO_RULE_TOLERANCE));
        }
        if (title.isPresent() && date.isPresent()) {
            centred("date-centred", "place and date", date.get(), "national title", centre(title.get()));
        }
        issuing.ifPresent(i -> {
            rule("authority-rule", "issuing authority", i, 1.0 / 3, 1.0 / 2, 0.5);
            number.ifPresent(n -> centred("number-centred", "number", n, "issuing authority", centre(i)));
        });
        advance(List.of(title, motto, issuing, number, date, vv));
    }

    // ------------------------------------------------------------------ ô 5a, 9a

    private void typeAndSubject() {
        if (!doc.type().hasTypeNameLine()) {
            return;
        }
        advance(List.of(component("type name", doc.type().typeName(), profile.typeNameSize(),
                profile.typeNameSize(), FontStyle.BOLD)));
        doc.subject().ifPresent(s -> {
            Optional<List<Word>> subject = component("subject", s, profile.subjectSize(), profile.subjectSize(),
                    FontStyle.BOLD);
            subject.ifPresent(words -> rule("subject-rule", "subject", words, 1.0 / 3, 1.0 / 2, 0.5));
            advance(List.of(subject));
        });
    }

    private void kinhGui() {
        Addressees a = doc.addressees();
        if (a.isEmpty()) {
            return;
        }
        float size = profile.kinhGuiSize();
        if (a.isInline()) {
            advance(List.of(component("Kính gửi", Addressees.LABEL + " " + a.lines().get(0), size, size,
                    FontStyle.REGULAR)));
            return;
        }
        Optional<List<Word>> label = component("Kính gửi", Addressees.LABEL, size, size, FontStyle.REGULAR);
        for (String line : a.lines()) {
            Optional<List<Word>> item = component("Kính gửi line", line, size, size, FontStyle.REGULAR);
            if (label.isPresent() && item.isPresent()) {
                List<Glyph> labelGlyphs = last(label.get()).glyphs();
                double colon = labelGlyphs.get(labelGlyphs.size() - 1).x();
                Word hyphen = item.get().get(0);
                if (Math.abs(hyphen.x() - colon) > POSITION_TOLERANCE) {
                    add("kinh-gui-aligned", hyphen.page(), "\"%s\" starts at x %.1f, not under the colon of "
                            + "\"Kính gửi:\" at x %.1f", line, hyphen.x(), colon);
                }
            }
            advance(List.of(label, item));
        }
    }

    // ------------------------------------------------------------------ body

    private void body(List<BodyBlock> blocks) {
        float size = profile.bodySize();
        double indentX = (profile.marginLeftMm() + profile.firstLineIndentMm()) * PT;
        Optional<List<Word>> previous = Optional.empty();
        int from = cursor;
        for (BodyBlock block : blocks) {
            Optional<List<Word>> found = Optional.empty();
            if (block instanceof BodyBlock.Paragraph p) {
                found = component("body paragraph", p.text(), size, size, FontStyle.REGULAR, from);
                found.ifPresent(words -> {
                    justified(p.text(), words);
                    if (Math.abs(words.get(0).x() - indentX) > POSITION_TOLERANCE) {
                        add("first-line-indent", words.get(0).page(), "paragraph \"%s\" starts at x %.1f, "
                                + "expected %.1f (first-line indent %s mm)", abbreviate(p.text()), words.get(0).x(),
                                indentX, fmt(profile.firstLineIndentMm()));
                    }
                });
            } else if (block instanceof BodyBlock.Basis b) {
                found = component("basis", b.text(), size, size, FontStyle.ITALIC, from);
            } else if (block instanceof BodyBlock.Heading h) {
                found = component("heading", h.label(), size, size, FontStyle.BOLD, from);
                if (h.level() != HeadingLevel.SECTION && !h.title().isEmpty() && found.isPresent()) {
                    found = component("heading title", VietnameseText.upper(h.title()), size, size, FontStyle.BOLD,
                            layout.rowIndexOf(last(found.get())) + 1);
                }
            } else if (block instanceof BodyBlock.Article a) {
                found = component("article label", a.label(), size, size, FontStyle.BOLD, from);
                String rest = a.label() + a.title().map(t -> " " + t).orElse("") + a.text().map(t -> " " + t)
                        .orElse("");
                Optional<List<Word>> all = find(rest, from);
                if (all.isEmpty()) {
                    add("extractable", 0, "article \"%s\" cannot be found in the PDF text", abbreviate(rest));
                } else {
                    found = all;
                    sizes("article", all.get(), size, size);
                }
            } else if (block instanceof BodyBlock.Centered c) {
                found = component("centred line", c.text(), size, size,
                        c.bold() ? FontStyle.BOLD : FontStyle.REGULAR, from);
            } else if (block instanceof BodyBlock.Table t) {
                int cellFrom = from;
                for (List<String> row : t.rows()) {
                    int rowFrom = cellFrom;
                    for (String cell : row) {
                        if (!cell.isBlank()) {
                            Optional<List<Word>> c = component("table cell", cell, size, size, null, rowFrom);
                            if (c.isPresent()) {
                                found = c;
                                cellFrom = Math.max(cellFrom, layout.rowIndexOf(c.get().get(0)));
                            }
                        }
                    }
                }
            }
            if (found.isPresent()) {
                if (block instanceof BodyBlock.Paragraph && previous.isPresent()) {
                    spacing(previous.get(), found.get());
                }
                previous = block instanceof BodyBlock.Paragraph ? found : Optional.empty();
                from = layout.rowIndexOf(last(found.get())) + 1;
                cursor = Math.max(cursor, from);
            }
        }
    }

    /** Every line of a justified paragraph but its last ends at the right margin. */
    private void justified(String text, List<Word> words) {
        List<List<Word>> lines = lines(words);
        for (int i = 0; i < lines.size() - 1; i++) {
            Word end = last(lines.get(i));
            double right = layout.pages().get(end.page() - 1).width() - profile.marginRightMm() * PT;
            if (Math.abs(end.xEnd() - right) > POSITION_TOLERANCE) {
                add("justified", end.page(), "line %d of paragraph \"%s\" ends at x %.1f, not at the right margin "
                        + "%.1f", i + 1, abbreviate(text), end.xEnd(), right);
            }
        }
    }

    private void spacing(List<Word> before, List<Word> after) {
        Word end = last(before);
        Word start = after.get(0);
        if (end.page() != start.page()) {
            return;
        }
        double lineHeight = metrics.lineHeight(FontStyle.REGULAR, profile.bodySize()) * profile.lineSpacing();
        double gap = start.baseline() - end.baseline() - lineHeight;
        if (gap < profile.paragraphSpacingPt() - 0.5) {
            add("paragraph-spacing", start.page(), "only %.1f pt between paragraphs before \"%s\", expected at "
                    + "least %s pt", gap, abbreviate(start.text()), fmt(profile.paragraphSpacingPt()));
        }
    }

    // ------------------------------------------------------------------ bottom

    private void bottom() {
        Distribution distribution = doc.distribution();
        Optional<List<Word>> coSignerTitle = Optional.empty();
        if (doc.coSigner().isPresent()) {
            // A second signer heads the left column; "Nơi nhận" follows under its name.
            float size = profile.signerSize();
            SignatureBlock co = doc.coSigner().get();
            for (String t : co.titleLines()) {
                Optional<List<Word>> found = component("co-signer title", t, size, size, FontStyle.BOLD);
                coSignerTitle = coSignerTitle.isPresent() ? coSignerTitle : found;
            }
            for (String n : co.nameLines()) {
                component("co-signer name", n, size, size, FontStyle.BOLD);
            }
        }
        Optional<List<Word>> label = Optional.empty();
        if (!distribution.lines().isEmpty()) {
            label = component("Nơi nhận label", Distribution.LABEL, profile.noiNhanLabelSize(),
                    profile.noiNhanLabelSize(), FontStyle.BOLD_ITALIC);
            for (Distribution.Line line : distribution.lines()) {
                component("Nơi nhận item", line.text(), profile.noiNhanItemSize(), profile.noiNhanItemSize(),
                        FontStyle.REGULAR);
                line.groupNote().ifPresent(note -> component("Nơi nhận note", note, profile.noiNhanItemSize(),
                        profile.noiNhanItemSize(), FontStyle.REGULAR));
            }
        }
        float size = profile.signerSize();
        List<String> titles = doc.signer().titleLines();
        Optional<List<Word>> firstTitle = Optional.empty();
        Optional<List<Word>> lastTitle = Optional.empty();
        for (int i = 0; i < titles.size(); i++) {
            Optional<List<Word>> t = component("signer title", titles.get(i), size, size, FontStyle.BOLD);
            if (i == 0) {
                firstTitle = t;
            }
            lastTitle = t;
        }
        List<String> names = doc.signer().nameLines();
        Optional<List<Word>> firstName = Optional.empty();
        for (int i = 0; i < names.size(); i++) {
            Optional<List<Word>> n = component("signer name", names.get(i), size, size, FontStyle.BOLD);
            if (i == 0) {
                firstName = n;
            }
        }
        if (firstTitle.isPresent() && cursor > 0) {
            // The bottom block keeps with the last body lines: never alone at the top of a page.
            Row lastBody = layout.rows().get(cursor - 1);
            int page = firstTitle.get().get(0).page();
            if (lastBody.page() != page) {
                add("bottom-keeps-with-body", page, "the signer block starts page %d while the body ends on page %d",
                        page, lastBody.page());
            }
        }
        if (coSignerTitle.isPresent()) {
            label = coSignerTitle;
        }
        if (label.isPresent() && firstTitle.isPresent()) {
            Word l = label.get().get(0);
            Word t = firstTitle.get().get(0);
            String labelText = coSignerTitle.isPresent()
                    ? doc.coSigner().get().titleLines().get(0) : Distribution.LABEL;
            FontStyle labelStyle = coSignerTitle.isPresent() ? FontStyle.BOLD : FontStyle.BOLD_ITALIC;
            double labelTop = l.baseline() - metrics.ascent(labelStyle, (float) l.size());
            double titleTop = t.baseline() - metrics.ascent(FontStyle.BOLD, (float) t.size());
            if (l.page() != t.page() || Math.abs(labelTop - titleTop) > POSITION_TOLERANCE) {
                add("noi-nhan-level", l.page(), "\"%s\" top at %.1f (page %d) is not level with the first "
                        + "title line \"%s\" top at %.1f (page %d)", labelText, labelTop, l.page(), titles.get(0),
                        titleTop, t.page());
            }
        }
        if (lastTitle.isPresent() && firstName.isPresent()) {
            Word t = last(lastTitle.get());
            Word n = firstName.get().get(0);
            double titleBottom = t.baseline() + metrics.lineHeight(FontStyle.BOLD, (float) t.size())
                    - metrics.ascent(FontStyle.BOLD, (float) t.size());
            double nameTop = n.baseline() - metrics.ascent(FontStyle.BOLD, (float) n.size());
            double room = nameTop - titleBottom;
            double wanted = profile.signatureSpaceMm() * PT;
            if (t.page() != n.page() || room < wanted - 1) {
                add("signature-space", n.page(), "%.1f pt (%.1f mm) between the title lines and the name, expected "
                        + "at least %s mm", room, room / PT, fmt(profile.signatureSpaceMm()));
            }
        }
        bottomEnd = cursor;
        for (String name : names) {
            find(name, cursor).ifPresent(w -> bottomEnd = Math.max(bottomEnd, layout.rowIndexOf(last(w)) + 1));
        }
    }


    private void contact() {
        List<String> lines = doc.contact();
        Optional<List<Word>> first = Optional.empty();
        for (int i = 0; i < lines.size(); i++) {
            Optional<List<Word>> found = component("contact line", lines.get(i), profile.contactSize(),
                    profile.contactSize(), FontStyle.REGULAR, 0);
            if (i == 0) {
                first = found;
            }
            String line = lines.get(i);
            found.ifPresent(words -> {
                if (words.get(0).page() != 1) {
                    add("contact-page-1", words.get(0).page(), "contact line \"%s\" is not on page 1",
                            abbreviate(line));
                }
                find(line, layout.rowIndexOf(last(words)) + 1).ifPresent(again -> add("contact-page-1",
                        again.get(0).page(), "contact line \"%s\" is repeated on page %d", abbreviate(line),
                        again.get(0).page()));
            });
        }
        first.ifPresent(words -> {
            Word w = words.get(0);
            double textWidth = profile.textWidthMm() * PT;
            boolean ruled = layout.rules().stream().anyMatch(r -> r.page() == w.page()
                    && r.y() < w.baseline() && w.baseline() - r.y() < 2.5 * w.size()
                    && r.length() >= textWidth - 2);
            if (!ruled) {
                add("contact-rule", w.page(), "no full-width rule (%.1f pt) above the contact line \"%s\"",
                        textWidth, abbreviate(lines.get(0)));
            }
        });
    }

    private void stamps() {
        float size = profile.stampSize();
        doc.urgency().ifPresent(u -> component("urgency", u.label(), size, size, FontStyle.BOLD, 0));
        doc.confidentiality().ifPresent(c -> component("confidentiality", c.label(), size, size, FontStyle.BOLD, 0));
        doc.circulationNote().ifPresent(n -> component("circulation note", VietnameseText.upper(n), size, size,
                FontStyle.BOLD, 0));
    }

    // ------------------------------------------------------------------ copy block

    /**
     * Checks the copy block after the document: a full-width rule above it, the form of copy in
     * bold capitals, the copying body, number and date as ô 2–4, then its signer and "Nơi nhận".
     */
    private void copy() {
        if (doc.copy().isEmpty()) {
            return;
        }
        CopyCertification copy = doc.copy().get();
        cursor = Math.max(cursor, bottomEnd);
        Optional<List<Word>> form = component("copy form", copy.form().label(), profile.typeNameSize(),
                profile.typeNameSize(), FontStyle.BOLD);
        form.ifPresent(words -> {
            Word w = words.get(0);
            double textWidth = profile.textWidthMm() * PT;
            boolean ruled = layout.pages().get(w.page() - 1).rules().stream()
                    .anyMatch(r -> r.y() < w.baseline() && w.baseline() - r.y() < 40 && r.length() >= textWidth - 2);
            if (!ruled) {
                add("copy-rule", w.page(), "no full-width rule (%.1f pt) above the copy block \"%s\"", textWidth,
                        copy.form().label());
            }
        });
        copy.parentAuthority().ifPresent(parent -> component("copying parent authority",
                VietnameseText.upper(parent), 12, profile.authoritySize(), FontStyle.REGULAR));
        component("copying authority", VietnameseText.upper(copy.authority()), 12, profile.authoritySize(),
                FontStyle.BOLD);
        component("copy number", copy.number().line(), profile.numberSize(), profile.numberSize(),
                FontStyle.REGULAR);
        component("copy place and date", copy.date().line(copy.place()), profile.placeDateSize(),
                profile.placeDateSize(), FontStyle.ITALIC);
        for (String line : copy.signer().titleLines()) {
            component("copy signer title", line, profile.signerSize(), profile.signerSize(), FontStyle.BOLD);
        }
        for (String line : copy.signer().nameLines()) {
            component("copy signer name", line, profile.signerSize(), profile.signerSize(), FontStyle.BOLD);
        }
        for (Distribution.Line line : copy.distribution().lines()) {
            component("copy Nơi nhận item", line.text(), profile.noiNhanItemSize(), profile.noiNhanItemSize(),
                    FontStyle.REGULAR);
        }
    }

    // ------------------------------------------------------------------ appendices and page numbers

    /**
     * A file of appendices only shows none of the main document's own parts: no number line, no
     * place and date, no national title unless an issued document brings its own header, no
     * "Nơi nhận", signer or contact lines.
     */
    private void mainDocumentAbsent() {
        List<String> absent = new ArrayList<>(List.of(doc.number().line(), doc.placeAndDateLine(),
                Distribution.LABEL));
        if (doc.appendices().stream().noneMatch(Appendix::isIssuedDocument)) {
            absent.add(AdministrativeDocument.NATIONAL_TITLE);
        }
        absent.addAll(doc.signer().nameLines());
        absent.addAll(doc.contact());
        for (String text : absent) {
            find(text, 0).ifPresent(words -> add("appendices-only", words.get(0).page(),
                    "a file of appendices only shows \"%s\" of the main document", abbreviate(text)));
        }
    }

    /**
     * Checks the reference line under an appendix's title: italic at the body size, centred, with
     * a rule under it of 1/3 to 1/2 of its widest line; in a file of appendices only, with the
     * number and the date left blank (at least the width of {@link DocumentNumber#BLANK} between
     * the words around each blank, where they share a line).
     */
    private void reference() {
        String ref = doc.appendixReference();
        float size = profile.bodySize();
        Optional<List<Word>> found = component("appendix reference", ref, size, size, FontStyle.ITALIC);
        if (found.isEmpty()) {
            return;
        }
        List<Word> words = found.get();
        double centreX = (profile.marginLeftMm() + profile.textWidthMm() / 2) * PT;
        centred("reference-centred", "appendix reference", words, "text area", centreX);
        rule("reference-rule", "appendix reference", words, 1.0 / 3, 1.0 / 2, 0.5);
        if (doc.appendicesOnly()) {
            // "số" BLANK "/SYMBOL ngày" BLANK "tháng" BLANK "năm" BLANK "của …": the words after
            // which a blank follows, counted from the symbol.
            double blank = metrics.width(DocumentNumber.BLANK, FontStyle.ITALIC, size);
            List<String> texts = words.stream().map(Word::text).toList();
            int symbol = texts.indexOf(doc.number().symbolText());
            for (int before : new int[] {symbol - 1, symbol + 1, symbol + 2, symbol + 3}) {
                if (symbol < 1 || before + 1 >= words.size()) {
                    break;
                }
                Word w = words.get(before);
                Word next = words.get(before + 1);
                boolean sameLine = next.page() == w.page() && Math.abs(next.baseline() - w.baseline()) < 2.5;
                if (sameLine && next.x() - w.xEnd() < blank - POSITION_TOLERANCE) {
                    add("reference-unfilled", w.page(), "the reference line has %.1f pt after \"%s\", expected "
                            + "a blank of at least %.1f pt (number and date left unfilled)", next.x() - w.xEnd(),
                            w.text(), blank);
                }
            }
        }
        advance(List.of(found));
    }

    /** Checks the appendices and returns the page each starts on. */
    private List<Integer> appendices() {
        List<Integer> starts = new ArrayList<>();
        int from = bottomEnd;
        for (Appendix appendix : doc.appendices()) {
            Optional<Word> top = Optional.empty();
            if (appendix.isIssuedDocument()) {
                // Form 1.3: the issued document opens with the issuing body's header, no number or date.
                boolean parent = doc.parentAuthority().isPresent();
                Optional<List<Word>> first = component("issued document's header",
                        VietnameseText.upper(doc.parentAuthority().orElse(doc.issuingAuthority())), 12,
                        profile.authoritySize(), parent ? FontStyle.REGULAR : FontStyle.BOLD, from);
                if (first.isPresent()) {
                    top = Optional.of(first.get().get(0));
                    from = layout.rowIndexOf(last(first.get())) + 1;
                }
            }
            Optional<List<Word>> heading = component("appendix heading", appendix.heading(), 14, 14, FontStyle.BOLD,
                    from);
            if (heading.isEmpty()) {
                continue;
            }
            Word h = heading.get().get(0);
            Word opening = top.orElse(h);
            int page = opening.page();
            boolean firstOnPage = layout.pages().get(page - 1).rows().stream()
                    .filter(r -> !isPageNumberRow(r)).findFirst().map(r -> r.words().contains(opening)).orElse(false);
            if (!firstOnPage) {
                add("appendix-new-page", page, "%s does not start a new page", appendix.heading());
            }
            starts.add(page);
            cursor = layout.rowIndexOf(h) + 1;
            float titleSize = appendix.isIssuedDocument() ? profile.subjectSize() : profile.bodySize();
            appendix.titleLine().ifPresent(t -> advance(List.of(component("appendix title", t, titleSize, titleSize,
                    FontStyle.BOLD))));
            reference();
            body(appendix.body());
            from = cursor;
        }
        return starts;
    }

    private void pageNumbers(List<Integer> sectionStarts) {
        double centre = (profile.marginLeftMm() + profile.textWidthMm() / 2) * PT;
        int sectionStart = 1;
        for (PdfLayout.Page p : layout.pages()) {
            if (sectionStarts.contains(p.number())) {
                sectionStart = p.number();
            }
            List<Row> inMargin = p.rows().stream()
                    .filter(r -> r.baseline() - 0.7 * r.words().get(0).size() < profile.marginTopMm() * PT)
                    .filter(this::isPageNumberRow).toList();
            int expected = p.number() - sectionStart + 1;
            if (expected == 1) {
                if (!inMargin.isEmpty()) {
                    add("page-number", p.number(), "a page number \"%s\" is shown on the first page of its part",
                            inMargin.get(0).text());
                }
                continue;
            }
            if (inMargin.isEmpty()) {
                add("page-number", p.number(), "no page number in the top margin, expected \"%d\"", expected);
                continue;
            }
            Word n = inMargin.get(0).words().get(0);
            if (!n.text().equals(Integer.toString(expected))) {
                add("page-number", p.number(), "page number is \"%s\", expected \"%d\"", n.text(), expected);
            }
            double c = (n.x() + n.xEnd()) / 2;
            if (Math.abs(c - centre) > POSITION_TOLERANCE) {
                add("page-number", p.number(), "page number centred at x %.1f, expected %.1f", c, centre);
            }
            if (Math.abs(n.size() - profile.pageNumberSize()) > SIZE_TOLERANCE) {
                add("page-number", p.number(), "page number is %.1f pt, expected %s pt", n.size(),
                        fmt(profile.pageNumberSize()));
            }
        }
    }

    // ------------------------------------------------------------------ shared

    private Optional<List<Word>> component(String name, String text, float min, float max, FontStyle style) {
        return component(name, text, min, max, style, cursor);
    }

    /** Moves the cursor past the parts found so far, so later parts are not matched earlier. */
    private void advance(List<Optional<List<Word>>> found) {
        for (Optional<List<Word>> words : found) {
            words.ifPresent(w -> cursor = Math.max(cursor, layout.rowIndexOf(last(w)) + 1));
        }
    }

    /**
     * Finds a component's text and checks the size and face of every glyph; a {@code null}
     * style checks only the size.
     */
    private Optional<List<Word>> component(String name, String text, float min, float max,
            @org.jspecify.annotations.Nullable FontStyle style, int from) {
        Optional<List<Word>> found = find(text, from);
        if (found.isEmpty()) {
            add("extractable", 0, "%s \"%s\" cannot be found in the PDF text", name, abbreviate(text));
            return found;
        }
        // A short text ("2") may also occur elsewhere, e.g. in the contact footer: prefer an
        // occurrence of the right size, and report the first one when none is.
        for (Optional<List<Word>> other = found; other.isPresent();
                other = find(text, layout.rowIndexOf(other.get().get(0)) + 1)) {
            if (fits(other.get(), min, max)) {
                found = other;
                break;
            }
        }
        List<Word> words = found.get();
        sizes(name, words, min, max);
        if (style != null) {
            for (Word w : words) {
                Glyph g = w.glyphs().get(0);
                if (g.isBold() != style.isBold() || g.isItalic() != style.isItalic()) {
                    add("face", w.page(), "%s \"%s\": \"%s\" is set in %s, expected %s", name, abbreviate(text),
                            w.text(), g.font(), style.name().toLowerCase(Locale.ROOT).replace('_', ' '));
                    break;
                }
            }
        }
        return found;
    }

    private static boolean fits(List<Word> words, float min, float max) {
        return words.stream().flatMap(w -> w.glyphs().stream())
                .allMatch(g -> g.size() >= min - SIZE_TOLERANCE && g.size() <= max + SIZE_TOLERANCE);
    }

    private void sizes(String name, List<Word> words, float min, float max) {
        for (Word w : words) {
            for (Glyph g : w.glyphs()) {
                if (g.size() < min - SIZE_TOLERANCE || g.size() > max + SIZE_TOLERANCE) {
                    add("size", w.page(), "%s: \"%s\" is %.1f pt, expected %s pt", name, w.text(), g.size(),
                            min == max ? fmt(min) : fmt(min) + "–" + fmt(max));
                    return;
                }
            }
        }
    }

    private Optional<List<Word>> find(String text, int from) {
        return layout.find(text, from);
    }

    /**
     * Checks the rule under a component: within {@link #RULE_DISTANCE} below its last line,
     * centred on it, and between {@code minRatio} and {@code maxRatio} of its widest line.
     */
    private void rule(String id, String name, List<Word> words, double minRatio, double maxRatio, double tolerance) {
        Word lastWord = last(words);
        double baseline = lastWord.baseline();
        int page = lastWord.page();
        double widest = 0;
        double from = Double.MAX_VALUE;
        double to = -Double.MAX_VALUE;
        List<List<Word>> lines = lines(words);
        for (List<Word> line : lines) {
            widest = Math.max(widest, last(line).xEnd() - line.get(0).x());
        }
        for (Word w : lines.get(lines.size() - 1)) {
            from = Math.min(from, w.x());
            to = Math.max(to, w.xEnd());
        }
        double lineCentre = (from + to) / 2;
        double reach = widest / 2;
        Optional<Rule> rule = layout.pages().get(page - 1).rules().stream()
                .filter(r -> r.y() > baseline && r.y() - baseline <= RULE_DISTANCE)
                .filter(r -> Math.abs(r.centre() - lineCentre) <= reach)
                .findFirst();
        if (rule.isEmpty()) {
            add(id, page, "no rule under the %s \"%s\"", name, abbreviate(join(words)));
            return;
        }
        Rule r = rule.get();
        double min = widest * minRatio - tolerance;
        double max = widest * maxRatio + tolerance;
        if (r.length() < min || r.length() > max) {
            add(id, page, minRatio == maxRatio
                    ? "the rule under the %s is %.1f pt long, the text %.1f pt (expected equal within %s pt)"
                    : "the rule under the %s is %.1f pt long, the text %.1f pt (expected 1/3 to 1/2)",
                    name, r.length(), widest, fmt(tolerance));
        }
        if (Math.abs(r.centre() - lineCentre) > POSITION_TOLERANCE) {
            add(id, page, "the rule under the %s is centred at x %.1f, the text at %.1f", name, r.centre(),
                    lineCentre);
        }
    }

    private void centred(String id, String name, List<Word> words, String under, double expected) {
        double c = centre(words);
        if (Math.abs(c - expected) > POSITION_TOLERANCE) {
            add(id, words.get(0).page(), "the %s is centred at x %.1f, the %s at %.1f", name, c, under, expected);
        }
    }

    /** The centre of the first line of a component. */
    private static double centre(List<Word> words) {
        List<Word> line = lines(words).get(0);
        return (line.get(0).x() + last(line).xEnd()) / 2;
    }

    private static List<List<Word>> lines(List<Word> words) {
        List<List<Word>> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        for (Word w : words) {
            if (!current.isEmpty() && (w.page() != current.get(0).page()
                    || Math.abs(w.baseline() - current.get(0).baseline()) > 2.5)) {
                lines.add(current);
                current = new ArrayList<>();
            }
            current.add(w);
        }
        lines.add(current);
        return lines;
    }

    private static Word last(List<Word> words) {
        return words.get(words.size() - 1);
    }

    private static String join(List<Word> words) {
        return words.stream().map(Word::text).collect(Collectors.joining(" "));
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "…";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private void add(String rule, int page, String format, Object... args) {
        violations.add(new Violation(rule, page, String.format(Locale.ROOT, format, args)));
    }
}
