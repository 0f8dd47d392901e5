// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.pdf;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.Appendix;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.CopyCertification;
import io.github.vanban.core.model.Distribution;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.DocumentType;
import io.github.vanban.core.model.HeadingLevel;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.model.SignatureBlock;
import io.github.vanban.core.render.FontStyle;
import io.github.vanban.core.render.PageProfile;
import io.github.vanban.core.render.RenderException;
import io.github.vanban.core.render.internal.LayoutGeometry;
import io.github.vanban.core.text.VietnameseText;
import io.github.vanban.core.render.pdf.TextLayout.Align;
import io.github.vanban.core.render.pdf.TextLayout.Line;
import io.github.vanban.core.render.pdf.TextLayout.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a document into rows for the paginator, following Decree 30/2020/NĐ-CP, Appendix I (the
 * sizes come from {@link PageProfile}, the column widths and rule lengths from {@link
 * LayoutGeometry}, shared with the DOCX renderer). One instance lays out one document.
 *
 * <p>Choices the decree leaves open (INTERPRETATION): the header lines are single-spaced; the
 * "Số" and date row sits 8 pt below the lower of the two rules; the urgency and confidentiality
 * stamps stack at the left under ô 3/5b, the confidentiality box as wide as its text plus 4 mm (the
 * decree gives no size); the circulation note (ô 11) heads the right column inside the text area,
 * as the DOCX renderer places it; the "Kính gửi" block is centred on the text area with the
 * hyphens of several addressees under its colon; "Nơi nhận:" and the signer's first title line
 * share their line top (two top-aligned cells); a "Nơi nhận" group note follows a brace spanning
 * the group; sections are 12 pt apart; table columns take their widths from {@link
 * LayoutGeometry#tableColumnWidths}, as the DOCX does, header rows bold and centred; appendix first pages show no page number.
 */
final class Composer {
    /** Authority names may wrap, but not beyond this many lines per name. */
    static final int MAX_AUTHORITY_LINES = 3;

    static final float RULE = 0.75f;
    private static final float MM = (float) PageProfile.PT_PER_MM;
    private static final float PAD = 2 * MM;
    private static final float GAP_BEFORE_NUMBER_ROW = (float) LayoutGeometry.GAP_BEFORE_NUMBER_ROW_PT;
    private static final float GAP_BEFORE_VV = (float) LayoutGeometry.GAP_BEFORE_VV_PT;
    private static final float GAP_SECTION = (float) LayoutGeometry.GAP_SECTION_PT;
    private static final float GAP_BEFORE_BODY = (float) LayoutGeometry.GAP_BEFORE_BODY_PT;
    /**
     * Space between a text and the short rule under it (subject, appendix reference): the height of
     * the DOCX's rule paragraph, whose bottom border draws the rule.
     */
    private static final float RULE_GAP = (float) LayoutGeometry.RULE_PARAGRAPH_PT;

    private final AdministrativeDocument doc;
    private final PageProfile profile;
    private final LayoutGeometry geometry;
    private final TextLayout text;
    private final float x0;
    private final float width;
    private final List<Row> rows = new ArrayList<>();
    private final double sealDiameterMm;

    Composer(AdministrativeDocument doc, PageProfile profile, TextLayout text) {
        this(doc, profile, text, PdfRenderOptions.DEFAULT_SEAL_DIAMETER_MM);
    }

    /**
     * Creates a composer whose {@value PdfFields#SEAL} placeholder has the seal's real size.
     *
     * @param sealDiameterMm the real width of the seal, the size of the {@value PdfFields#SEAL}
     *     placeholder so that sealing need not move or resize it
     */
    Composer(AdministrativeDocument doc, PageProfile profile, TextLayout text, double sealDiameterMm) {
        this.sealDiameterMm = sealDiameterMm;
        this.doc = doc;
        this.profile = profile;
        this.text = text;
        this.geometry = new LayoutGeometry(profile, text.metrics());
        this.x0 = (float) (profile.marginLeftMm() * PageProfile.PT_PER_MM);
        this.width = (float) geometry.textWidth();
    }

    /** The rows of the document, in reading order. */
    List<Row> compose() {
        if (doc.appendicesOnly()) {
            if (doc.appendices().isEmpty()) {
                throw new RenderException(LayoutGeometry.APPENDICES_ONLY_EMPTY);
            }
        } else {
            List<BodyBlock> body = doc.bodyWithEndMark();
            if (body.isEmpty()) {
                throw new RenderException("body is empty: a document needs at least one body block "
                        + "(nội dung, ô 6) before it can be rendered");
            }
            header();
            if (doc.type().hasTypeNameLine()) {
                typeNameAndSubject();
            }
            addressees();
            blocks(body, "body", GAP_BEFORE_BODY);
            bottom(doc.signer(), doc.coSigner(), doc.distribution(), "", true);
        }
        for (int a = 0; a < doc.appendices().size(); a++) {
            appendix(doc.appendices().get(a), "appendices[" + a + "]");
        }
        doc.copy().ifPresent(this::copyBlock);
        if (doc.cornerSignature()) {
            rows.set(0, rows.get(0).withLeadingOp(cornerField()));
        }
        return List.copyOf(rows);
    }

    // ---------------------------------------------------------------- header (ô 1–5b, 10, 11)

    private void header() {
        List<Op> ops = new ArrayList<>();
        float leftW = (float) geometry.headerLeftWidth();
        float rightX = x0 + leftW;
        float rightW = (float) geometry.headerRightWidth();
        doc.circulationNote().ifPresent(note -> circulationNote(note, rightX, rightW));
        float room = leftW - PAD;

        String issuing = VietnameseText.upper(doc.issuingAuthority());
        if (issuing.isBlank()) {
            throw new RenderException("issuingAuthority is blank: the issuing body (ô 2) is required");
        }
        float left = authorities(ops, doc.parentAuthority(), doc.issuingAuthority(), "", "issuingAuthority", 0);

        float right = nationalTitle(ops, rightX, rightW);

        float[] bottoms = numberAndDate(ops, doc.number(), doc.date(), doc.place(), "", true,
                doc.type().hasPlaceAndDateLine(), left, right);
        left = bottoms[0];
        right = bottoms[1];

        if (doc.type() == DocumentType.CONG_VAN && doc.subjectLine().isPresent()) {
            String vv = doc.subjectLine().get();
            text.check(vv, FontStyle.REGULAR, "subject");
            left += GAP_BEFORE_VV;
            left = wrapped(ops, vv, FontStyle.REGULAR, profile.vvSize(), x0 + PAD / 2, room, left, Align.CENTER,
                    Tag.of("P"));
        }
        left = stamps(ops, left);
        Row header = Row.of(Math.max(left, right), 0, ops);
        rows.add(rows.isEmpty() ? header : header.keptWithPrevious());
    }

    /**
     * The empty {@value PdfFields#CORNER} signature field (ô 14) in the top margin of page 1, where
     * the signing module draws the 10 pt text stamp: drawn with the first row, relative to the top
     * of the text area, so the layout below is the same as without it.
     */
    private Op cornerField() {
        float pageRight = (float) (profile.pageWidthMm() * PageProfile.PT_PER_MM);
        float right = pageRight - PdfFields.CORNER_RIGHT_INSET_MM * MM;
        float w = PdfFields.CORNER_WIDTH_MM * MM;
        float h = PdfFields.CORNER_HEIGHT_PT;
        float top = (float) (PdfFields.CORNER_TOP_INSET_MM * MM - profile.marginTopMm() * PageProfile.PT_PER_MM);
        return new Op.Field(PdfFields.CORNER, true, right - w, top, w, h, 0, FontStyle.REGULAR);
    }

    /** The national title and motto with the motto's rule, in the header's right column (ô 1). */
    private float nationalTitle(List<Op> ops, float rightX, float rightW) {
        float right = centred(ops, AdministrativeDocument.NATIONAL_TITLE, FontStyle.BOLD, profile.nationalTitleSize(),
                rightX, rightW, 0, Tag.of("P"));
        right = centred(ops, AdministrativeDocument.MOTTO, FontStyle.BOLD, profile.mottoSize(), rightX, rightW,
                right, Tag.of("P"));
        float mottoLen = (float) geometry.mottoRuleLength();
        ops.add(new Op.Rule(rightX + (rightW - mottoLen) / 2, right + 1, rightX + (rightW + mottoLen) / 2, RULE,
                Op.BLACK));
        return right + 1 + RULE;
    }

    /**
     * The parent body (regular) and the issuing body (bold) centred in the header's left column,
     * with the rule of 2/5 of the issuing body's widest line under it.
     *
     * @param prefix the JSON path prefix for error locations ("" or "copy.")
     * @return the y below the rule
     */
    private float authorities(List<Op> ops, Optional<String> parentName, String bodyName, String prefix,
            String bodyWhere, float y) {
        float leftW = (float) geometry.headerLeftWidth();
        float room = leftW - PAD;
        if (parentName.isPresent()) {
            String parent = VietnameseText.upper(parentName.get());
            y = authority(ops, parent, FontStyle.REGULAR, geometry.authoritySize(parent, false), room, y,
                    prefix + "parentAuthority", Tag.of("P"));
        }
        String body = VietnameseText.upper(bodyName);
        float size = geometry.authoritySize(body, true);
        y = authority(ops, body, FontStyle.BOLD, size, room, y, prefix + bodyWhere, Tag.of("P"));
        float widest = 0;
        for (Line l : text.wrap(body, FontStyle.BOLD, size, room)) {
            widest = Math.max(widest, l.width());
        }
        float ruleLen = (float) geometry.authorityRuleLength(widest);
        ops.add(new Op.Rule(x0 + (leftW - ruleLen) / 2, y + 1, x0 + (leftW + ruleLen) / 2, RULE, Op.BLACK));
        return y + 1 + RULE;
    }

    /**
     * ô 3 in the left column and ô 4 in the right on one baseline, below the lower column; without
     * ô 4 when {@code dated} is false (form 1.9).
     *
     * @return the bottoms of the left and the right line
     */
    private float[] numberAndDate(List<Op> ops, DocumentNumber number, IssueDate date, String place, String prefix,
            boolean fields, boolean dated, float left, float right) {
        float leftW = (float) geometry.headerLeftWidth();
        float rowTop = Math.max(left, right) + GAP_BEFORE_NUMBER_ROW;
        float numberAscent = text.ascent(FontStyle.REGULAR, profile.numberSize());
        float dateAscent = text.ascent(FontStyle.ITALIC, profile.placeDateSize());
        float baseline = rowTop + Math.max(numberAscent, dateAscent);
        numberLine(ops, number, prefix + "number", fields, x0, leftW, baseline);
        if (!dated) {
            return new float[] {
                baseline - numberAscent + text.lineHeight(FontStyle.REGULAR, profile.numberSize()), right
            };
        }
        dateLine(ops, date, place, prefix + "place", fields, x0 + leftW, (float) geometry.headerRightWidth(),
                baseline);
        return new float[] {
            baseline - numberAscent + text.lineHeight(FontStyle.REGULAR, profile.numberSize()),
            baseline - dateAscent + text.lineHeight(FontStyle.ITALIC, profile.placeDateSize())
        };
    }

    private float authority(List<Op> ops, String name, FontStyle style, float size, float room, float y,
            String where, Tag tag) {
        text.check(name, style, where);
        List<Line> lines = text.wrap(name, style, size, room);
        if (lines.size() > MAX_AUTHORITY_LINES) {
            throw new RenderException(String.format(java.util.Locale.ROOT,
                    "%s \"%s\" needs %d lines at %s pt in the header's left column (%.0f pt wide); at most %d "
                            + "fit: abbreviate it as Decree 30 allows (e.g. \"UBND TỈNH …\")",
                    where, name, lines.size(), fmt(size), room, MAX_AUTHORITY_LINES));
        }
        return lines(ops, lines, style, size, x0 + PAD / 2, room, y, Align.CENTER, tag);
    }

    private void numberLine(List<Op> ops, DocumentNumber number, String where, boolean fields, float x, float w,
            float baseline) {
        String line = number.line();
        float size = profile.numberSize();
        text.check(line, FontStyle.REGULAR, where);
        float lineW = text.width(line, FontStyle.REGULAR, size);
        float start = x + (w - lineW) / 2;
        ops.add(new Op.Text(start, baseline, line, FontStyle.REGULAR, size, 0, Op.BLACK, Optional.of(Tag.of("P"))));
        if (fields && !number.isAssigned()) {
            float gapX = start + text.width(DocumentNumber.LABEL, FontStyle.REGULAR, size);
            field(ops, PdfFields.NUMBER, gapX, baseline, text.width(DocumentNumber.BLANK, FontStyle.REGULAR, size),
                    size, FontStyle.REGULAR);
        }
    }

    private void dateLine(List<Op> ops, IssueDate date, String place, String where, boolean fields, float x,
            float w, float baseline) {
        String line = date.line(place);
        float size = profile.placeDateSize();
        FontStyle style = FontStyle.ITALIC;
        text.check(line, style, where);
        float lineW = text.width(line, style, size);
        float start = x + (w - lineW) / 2;
        float pageRight = x0 + width;
        if (start + lineW > pageRight) {
            start = Math.max(x, pageRight - lineW);
        }
        ops.add(new Op.Text(start, baseline, line, style, size, 0, Op.BLACK, Optional.of(Tag.of("P"))));
        if (!fields) {
            return;
        }
        String prefix = place + ", ngày ";
        float blank = text.width(IssueDate.BLANK, style, size);
        if (date.fullDate().isEmpty()) {
            field(ops, PdfFields.DAY, start + text.width(prefix, style, size), baseline, blank, size, style);
        }
        if (date.yearMonth().isEmpty()) {
            String toMonth = prefix + date.dayText() + " tháng ";
            field(ops, PdfFields.MONTH, start + text.width(toMonth, style, size), baseline, blank, size, style);
            String toYear = toMonth + date.monthText() + " năm ";
            field(ops, PdfFields.YEAR, start + text.width(toYear, style, size), baseline, blank, size, style);
        }
    }

    private void field(List<Op> ops, String name, float x, float baseline, float w, float size, FontStyle style) {
        float ascent = text.ascent(style, size);
        float h = text.lineHeight(style, size);
        ops.add(new Op.Field(name, false, x, baseline - ascent, w, h, size, style));
    }

    /**
     * ô 11 above the national title, centred over the right column, inside the text area as the
     * DOCX renderer places it (the decree's diagram draws it in the top margin; nd30.md §1.3).
     */
    private void circulationNote(String note, float rightX, float rightW) {
        String upper = VietnameseText.upper(note);
        float size = profile.stampSize();
        text.check(upper, FontStyle.BOLD, "circulationNote");
        float w = text.width(upper, FontStyle.BOLD, size) + 2 * PAD;
        float h = 8 * MM;
        List<Op> ops = new ArrayList<>();
        box(ops, upper, rightX + Math.max(0, (rightW - w) / 2), 0, w, h, size);
        rows.add(Row.of(h + 6, 0, ops));
    }

    private float stamps(List<Op> ops, float y) {
        float size = profile.stampSize();
        if (doc.confidentiality().isPresent()) {
            String label = doc.confidentiality().get().label();
            float w = text.width(label, FontStyle.BOLD, size) + 2 * PAD;
            y += 6;
            box(ops, label, x0, y, w, 8 * MM, size);
            y += 8 * MM;
        }
        if (doc.urgency().isPresent()) {
            String label = doc.urgency().get().label();
            float w = doc.urgency().get().boxWidthMm() * MM;
            y += 6;
            box(ops, label, x0, y, w, 8 * MM, size);
            y += 8 * MM;
        }
        return y;
    }

    private void box(List<Op> ops, String label, float x, float y, float w, float h, float size) {
        ops.add(new Op.Box(x, y, w, h, 1, Op.RED));
        float tw = text.width(label, FontStyle.BOLD, size);
        float capMiddle = size * 0.33f; // baseline so that capitals sit in the middle of the box
        ops.add(new Op.Text(x + (w - tw) / 2, y + h / 2 + capMiddle, label, FontStyle.BOLD, size, 0, Op.RED,
                Optional.of(Tag.of("P"))));
    }

    // ---------------------------------------------------------------- ô 5a, ô 9a

    private void typeNameAndSubject() {
        List<Op> ops = new ArrayList<>();
        Tag heading = Tag.of("H1");
        String typeName = doc.type().typeName();
        float y = centred(ops, typeName, FontStyle.BOLD, profile.typeNameSize(), x0, width, 0, heading);
        if (doc.subject().isPresent()) {
            String subject = doc.subject().get();
            text.check(subject, FontStyle.BOLD, "subject");
            List<Line> lines = text.wrap(subject, FontStyle.BOLD, profile.subjectSize(),
                    (float) geometry.subjectWidth());
            y = lines(ops, lines, FontStyle.BOLD, profile.subjectSize(), x0, width, y, Align.CENTER, heading);
            y = ruleUnder(ops, lines, y);
        }
        rows.add(Row.of(y, GAP_SECTION, ops).keptWithPrevious());
    }

    private void addressees() {
        if (doc.addressees().isEmpty()) {
            return;
        }
        float size = profile.kinhGuiSize();
        FontStyle st = FontStyle.REGULAR;
        String label = io.github.vanban.core.model.Addressees.LABEL;
        float lh = text.lineHeight(st, size) * profile.lineSpacing();
        float ascent = text.ascent(st, size);
        Tag tag = Tag.of("P");
        List<String> names = doc.addressees().names();
        for (int i = 0; i < names.size(); i++) {
            text.check(names.get(i), st, "recipients[" + i + "]");
        }
        if (doc.addressees().isInline()) {
            String line = label + " " + names.get(0);
            List<Line> lines = text.wrap(line, st, size, width);
            for (int i = 0; i < lines.size(); i++) {
                List<Op> ops = new ArrayList<>(text.draw(lines.get(i), x0, ascent, size, width, Align.CENTER,
                        true, Op.BLACK, Optional.of(tag)));
                Row row = Row.of(lh, i == 0 ? GAP_SECTION : 0, ops);
                rows.add(i == 0 ? row : row.keptWithPrevious());
            }
            return;
        }
        List<String> items = doc.addressees().lines();
        float colon = text.width("Kính gửi", st, size);
        float widest = 0;
        for (String item : items) {
            widest = Math.max(widest, text.width(item, st, size));
        }
        float itemRoom = width - colon;
        float block = colon + Math.min(widest, itemRoom);
        float x = x0 + Math.max(0, (width - block) / 2);
        itemRoom = x0 + width - (x + colon);
        rows.add(Row.of(lh, GAP_SECTION, text.draw(text.wrap(label, st, size, width).get(0), x, ascent, size,
                width, Align.LEFT, true, Op.BLACK, Optional.of(tag))));
        Tag list = Tag.of("L");
        float hang = text.width("- ", st, size);
        for (String item : items) {
            Tag li = list.child("LI").child("LBody");
            List<Line> lines = text.lines(text.words(List.of(new Span(item, st)), size), size, itemRoom,
                    itemRoom - hang);
            for (int i = 0; i < lines.size(); i++) {
                float lx = x + colon + (i == 0 ? 0 : hang);
                rows.add(Row.of(lh, 0, text.draw(lines.get(i), lx, ascent, size, itemRoom, Align.LEFT, true,
                        Op.BLACK, Optional.of(li))).keptWithPrevious());
            }
        }
    }

    // ---------------------------------------------------------------- body (ô 6)

    private void blocks(List<BodyBlock> blocks, String where, float firstSpace) {
        boolean keepNext = false;
        for (int i = 0; i < blocks.size(); i++) {
            BodyBlock b = blocks.get(i);
            String loc = where + "[" + i + "]";
            float space = i == 0 ? firstSpace : profile.paragraphSpacingPt();
            int start = rows.size();
            if (b instanceof BodyBlock.Paragraph p) {
                paragraph(List.of(new Span(p.text(), FontStyle.REGULAR)), loc, space, Tag.of("P"));
            } else if (b instanceof BodyBlock.Basis basis) {
                paragraph(List.of(new Span(basis.text(), FontStyle.ITALIC)), loc, space, Tag.of("P"));
            } else if (b instanceof BodyBlock.Article a) {
                List<Span> spans = new ArrayList<>();
                spans.add(new Span(a.label(), FontStyle.BOLD));
                a.title().ifPresent(t -> spans.add(new Span(" " + t, FontStyle.BOLD)));
                a.text().ifPresent(t -> spans.add(new Span(" " + t, FontStyle.REGULAR)));
                paragraph(spans, loc, space, Tag.of(a.text().isPresent() ? "P" : "H3"));
            } else if (b instanceof BodyBlock.Heading h) {
                heading(h, loc, space);
            } else if (b instanceof BodyBlock.Centered c) {
                FontStyle st = c.bold() ? FontStyle.BOLD : FontStyle.REGULAR;
                text.check(c.text(), st, loc);
                centredBlock(c.text(), st, profile.bodySize(), space, Tag.of("P"));
            } else if (b instanceof BodyBlock.Table t) {
                table(t, loc, space);
            } else {
                throw new AssertionError(b);
            }
            if (keepNext && rows.size() > start) {
                rows.set(start, rows.get(start).keptWithPrevious());
            }
            keepNext = b instanceof BodyBlock.Heading
                    || b instanceof BodyBlock.Article a && a.text().isEmpty();
        }
    }

    private float bodyLineHeight() {
        return text.lineHeight(FontStyle.REGULAR, profile.bodySize()) * profile.lineSpacing();
    }

    /** A justified paragraph with a first-line indent and widow and orphan control (2 lines). */
    private void paragraph(List<Span> spans, String where, float space, Tag tag) {
        for (Span s : spans) {
            text.check(s.text().strip(), s.style(), where);
        }
        float size = profile.bodySize();
        float indent = (float) (profile.firstLineIndentMm() * PageProfile.PT_PER_MM);
        List<Line> lines = text.lines(text.words(spans, size), size, width - indent, width);
        float lh = bodyLineHeight();
        float ascent = text.ascent(FontStyle.REGULAR, size);
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            float x = i == 0 ? x0 + indent : x0;
            float w = i == 0 ? width - indent : width;
            Row row = Row.of(lh, i == 0 ? space : 0,
                    text.draw(lines.get(i), x, ascent, size, w, Align.JUSTIFY, i == n - 1, Op.BLACK,
                            Optional.of(tag)));
            // Orphan control keeps the first two lines together, widow control the last two.
            rows.add(i == 1 || (i > 0 && i == n - 1) ? row.keptWithPrevious() : row);
        }
    }

    private void heading(BodyBlock.Heading h, String where, float space) {
        float size = profile.bodySize();
        Tag tag = Tag.of("H2");
        if (h.level() == HeadingLevel.SECTION) {
            text.check(h.label(), FontStyle.BOLD, where);
            paragraph(List.of(new Span(h.label(), FontStyle.BOLD)), where, space, tag);
            return;
        }
        text.check(h.label(), FontStyle.BOLD, where);
        text.check(h.title(), FontStyle.BOLD, where);
        int start = rows.size();
        centredBlock(h.label(), FontStyle.BOLD, size, space + (float) LayoutGeometry.GAP_EXTRA_BEFORE_HEADING_PT, tag);
        centredBlock(VietnameseText.upper(h.title()), FontStyle.BOLD, size, 0, tag);
        for (int i = start + 1; i < rows.size(); i++) {
            rows.set(i, rows.get(i).keptWithPrevious());
        }
    }

    private void centredBlock(String s, FontStyle st, float size, float space, Tag tag) {
        List<Line> lines = text.wrap(s, st, size, width);
        float lh = text.lineHeight(st, size) * profile.lineSpacing();
        for (int i = 0; i < lines.size(); i++) {
            Row row = Row.of(lh, i == 0 ? space : 0, text.draw(lines.get(i), x0, text.ascent(st, size), size,
                    width, Align.CENTER, true, Op.BLACK, Optional.of(tag)));
            rows.add(i == 0 ? row : row.keptWithPrevious());
        }
    }

    private void table(BodyBlock.Table t, String where, float space) {
        float size = profile.bodySize();
        float pad = (float) LayoutGeometry.TABLE_CELL_PADDING_PT;
        int cols = t.columns();
        for (int r = 0; r < t.rows().size(); r++) {
            FontStyle st = r < t.headerRows() ? FontStyle.BOLD : FontStyle.REGULAR;
            for (int c = 0; c < cols; c++) {
                text.check(t.rows().get(r).get(c), st, where + ".rows[" + r + "][" + c + "]");
            }
        }
        double[] columnWidths = geometry.tableColumnWidths(t);
        float[] widths = new float[cols];
        for (int c = 0; c < cols; c++) {
            widths[c] = (float) columnWidths[c];
        }
        Tag table = Tag.of("Table");
        List<Row> headerCopies = new ArrayList<>();
        float lhBase = text.lineHeight(FontStyle.REGULAR, size);
        for (int r = 0; r < t.rows().size(); r++) {
            boolean header = r < t.headerRows();
            FontStyle st = header ? FontStyle.BOLD : FontStyle.REGULAR;
            Tag tr = table.child("TR");
            List<List<Line>> cells = new ArrayList<>();
            int maxLines = 1;
            for (int c = 0; c < cols; c++) {
                List<Line> lines = text.wrap(t.rows().get(r).get(c), st, size, widths[c] - 2 * pad);
                cells.add(lines);
                maxLines = Math.max(maxLines, lines.size());
            }
            float h = maxLines * lhBase + 2 * pad;
            if (h > PdfWriter.textHeight(profile) / 2) {
                // A row never splits; one this tall would run off the page or leave most of it empty.
                throw new RenderException(String.format(java.util.Locale.ROOT,
                        "%s.rows[%d] is %.0f pt tall, more than half a page (%.0f pt): split its cells into "
                                + "several rows", where, r, h, PdfWriter.textHeight(profile) / 2));
            }
            List<Op> ops = new ArrayList<>();
            float x = x0;
            for (int c = 0; c < cols; c++) {
                Tag cellTag = tr.child(header ? "TH" : "TD");
                ops.add(new Op.Box(x, 0, widths[c], h, 0.5f, Op.BLACK));
                float y = pad;
                List<Line> lines = cells.get(c);
                for (Line line : lines) {
                    ops.addAll(text.draw(line, x + pad, y + text.ascent(st, size), size, widths[c] - 2 * pad,
                            header ? Align.CENTER : Align.LEFT, true, Op.BLACK, Optional.of(cellTag)));
                    y += lhBase;
                }
                x += widths[c];
            }
            Row row = Row.of(h, r == 0 ? space : 0, ops);
            if (header) {
                headerCopies.add(row.asArtifact());
            } else if (!headerCopies.isEmpty()) {
                row = row.withRepeatedHeader(headerCopies);
            }
            rows.add(header && r > 0 || r == t.headerRows() && r > 0 ? row.keptWithPrevious() : row);
        }
    }

    // ---------------------------------------------------------------- bottom (ô 7, 8, 9b, 12)

    /**
     * The signer and "Nơi nhận" block as one row that never splits.
     *
     * @param prefix the JSON path prefix for error locations ("" or "copy.")
     * @param fields whether to place the signature fields (only the document's own signer has them)
     */
    private void bottom(SignatureBlock signer, Optional<SignatureBlock> coSigner, Distribution distribution,
            String prefix, boolean fields) {
        List<Op> ops = new ArrayList<>();
        float leftW = (float) geometry.noiNhanWidth();
        // The left column ("Nơi nhận", under a second signer when there is one) is emitted and
        // tagged first, as the template's table and the DOCX read; positions do not depend on it.
        float top = coSigner.isPresent()
                ? signerColumn(ops, coSigner.get(), x0, leftW, prefix + "coSigner",
                        fields ? Optional.of(PdfFields.CO_SIGNER) : Optional.empty()) + GAP_SECTION
                : 0;
        float left = Math.max(top, noiNhan(ops, distribution, prefix, leftW, top));
        float sigX = x0 + leftW;
        float sigW = (float) geometry.signerWidth();
        float y = signerColumn(ops, signer, sigX, sigW, prefix + "signer", fields ? Optional.of(PdfFields.SIGNER)
                : Optional.empty());
        float height = Math.max(left, y);
        float page = PdfWriter.textHeight(profile) - GAP_SECTION - 2 * bodyLineHeight();
        if (height > page) {
            // The block never splits and takes two body lines with it: it must fit on one page.
            throw new RenderException(String.format(java.util.Locale.ROOT,
                    "the %ssigner and Nơi nhận block is %.0f pt tall, more than fits on a page with the last two "
                            + "body lines (%.0f pt): group the %sdistribution entries", prefix, height, page, prefix));
        }
        rows.add(Row.of(height, GAP_SECTION, ops).keptWithPrevious());
    }

    /**
     * One signer column: the title lines in bold, room for the signature (with the named signature
     * field, and for {@link PdfFields#SIGNER} the seal field), then the other positions and the name.
     *
     * @param where the JSON path of the signer, for error locations
     * @param field the signature field to place, if any
     * @return the y below the name
     */
    private float signerColumn(List<Op> ops, SignatureBlock signer, float sigX, float sigW, String where,
            Optional<String> field) {
        float size = profile.signerSize();
        float y = 0;
        Tag sign = Tag.of("Div");
        List<String> titles = signer.titleLines();
        for (int i = 0; i < titles.size(); i++) {
            text.check(titles.get(i), FontStyle.BOLD, i < signer.delegations().size()
                    ? where + ".delegations[" + i + "]" : where + ".position");
            y = wrapped(ops, titles.get(i), FontStyle.BOLD, size, sigX, sigW, y, Align.CENTER, sign.child("P"));
        }
        float space = (float) (profile.signatureSpaceMm() * PageProfile.PT_PER_MM);
        float sigFieldW = Math.min(sigW * 0.6f, 45 * MM);
        float sigFieldH = space - 2 * MM;
        float fx = sigX + (sigW - sigFieldW) / 2;
        float fy = y + MM;
        if (field.isPresent()) {
            ops.add(new Op.Field(field.get(), true, fx, fy, sigFieldW, sigFieldH, 0, FontStyle.REGULAR));
        }
        if (field.filter(PdfFields.SIGNER::equals).isPresent()) {
            // The seal at its real size where the signing module puts it: right edge on the first
            // third of the signature, centred on it vertically (Appendix I, II.8.a).
            float seal = (float) (sealDiameterMm * PageProfile.PT_PER_MM);
            ops.add(new Op.Field(PdfFields.SEAL, true, fx + sigFieldW / 3 - seal, fy + (sigFieldH - seal) / 2, seal,
                    seal, 0, FontStyle.REGULAR));
        }
        y += space;
        List<String> names = signer.nameLines();
        for (int i = 0; i < names.size(); i++) {
            text.check(names.get(i), FontStyle.BOLD, i < signer.otherPositions().size()
                    ? where + ".otherPositions[" + i + "]" : where + ".fullName");
            y = wrapped(ops, names.get(i), FontStyle.BOLD, size, sigX, sigW, y, Align.CENTER, sign.child("P"));
        }
        return y;
    }

    /**
     * "Nơi nhận:" level with the signer's first title line (nd30.md §7.3), or below the second
     * signer when there is one.
     *
     * @param top the y of the label's line top
     */
    private float noiNhan(List<Op> ops, Distribution distribution, String prefix, float leftW, float top) {
        List<Distribution.Line> items = distribution.lines();
        if (items.isEmpty()) {
            return 0;
        }
        float labelSize = profile.noiNhanLabelSize();
        float labelAscent = text.ascent(FontStyle.BOLD_ITALIC, labelSize);
        // Level with ô 7a as Word sets two top-aligned table cells: the line tops coincide.
        float baseline = top + labelAscent;
        Tag label = Tag.of("P");
        ops.add(new Op.Text(x0, baseline, Distribution.LABEL, FontStyle.BOLD_ITALIC, labelSize, 0, Op.BLACK,
                Optional.of(label)));
        float y = baseline - labelAscent + text.lineHeight(FontStyle.BOLD_ITALIC, labelSize);
        float size = profile.noiNhanItemSize();
        FontStyle st = FontStyle.REGULAR;
        float lh = text.lineHeight(st, size);
        float hang = text.width("- ", st, size);
        Tag list = Tag.of("L");
        int i = 0;
        while (i < items.size()) {
            Distribution.Line item = items.get(i);
            text.check(item.text(), st, prefix + "distribution.lines[" + i + "]");
            if (item.inGroup() && item.groupNote().isPresent()) {
                int n = item.groupSize();
                float groupTop = y;
                float widest = 0;
                Tag li = list.child("LI");
                for (int k = 0; k < n; k++) {
                    Distribution.Line g = items.get(i + k);
                    text.check(g.text(), st, prefix + "distribution.lines[" + (i + k) + "]");
                    widest = Math.max(widest, text.width(g.text(), st, size));
                    y = item(ops, g.text(), st, size, leftW, hang, y, li.child("LBody"));
                }
                String note = item.groupNote().get();
                text.check(note, st, prefix + "distribution.lines[" + i + "].note");
                float noteW = text.width(note, st, size);
                float braceW = n > 1 ? 4 : 0;
                float bx = Math.min(x0 + widest + 4, x0 + leftW - noteW - braceW - 8);
                if (n > 1) {
                    ops.add(new Op.Brace(bx, groupTop + 2, y - 2, braceW));
                }
                float mid = (groupTop + y) / 2;
                ops.add(new Op.Text(bx + braceW + 4, mid + text.ascent(st, size) - lh / 2, note, st, size, 0,
                        Op.BLACK, Optional.of(li.child("Lbl"))));
                i += n;
            } else {
                y = item(ops, item.text(), st, size, leftW, hang, y, list.child("LI").child("LBody"));
                i++;
            }
        }
        return y;
    }

    private float item(List<Op> ops, String s, FontStyle st, float size, float leftW, float hang, float y, Tag tag) {
        List<Line> lines = text.lines(text.words(List.of(new Span(s, st)), size), size, leftW, leftW - hang);
        float lh = text.lineHeight(st, size);
        for (int k = 0; k < lines.size(); k++) {
            ops.addAll(text.draw(lines.get(k), x0 + (k == 0 ? 0 : hang), y + text.ascent(st, size), size, leftW,
                    Align.LEFT, true, Op.BLACK, Optional.of(tag)));
            y += lh;
        }
        return y;
    }

    /** The contact lines of ô 13 under a full-width rule, for the foot of page 1. */
    List<Op> contactFoot() {
        List<Op> ops = new ArrayList<>();
        if (contactLines().isEmpty()) {
            return ops;
        }
        ops.add(new Op.Rule(x0, 0, x0 + width, RULE, Op.BLACK));
        float size = profile.contactSize();
        float y = 2;
        Tag tag = Tag.of("P");
        for (int i = 0; i < doc.contact().size(); i++) {
            String line = doc.contact().get(i);
            text.check(line, FontStyle.REGULAR, "contact[" + i + "]");
            y = wrapped(ops, line, FontStyle.REGULAR, size, x0, width, y, Align.LEFT, tag);
        }
        return ops;
    }

    /** The contact lines at the foot of page 1: none in a file of appendices only (ô 13 is the main document's). */
    private List<String> contactLines() {
        return doc.appendicesOnly() ? List.of() : doc.contact();
    }

    /** The height of {@link #contactFoot()}. */
    float contactHeight() {
        if (contactLines().isEmpty()) {
            return 0;
        }
        float size = profile.contactSize();
        float y = 2;
        for (String line : contactLines()) {
            y += text.wrap(line, FontStyle.REGULAR, size, width).size() * text.lineHeight(FontStyle.REGULAR, size);
        }
        return y;
    }

    // ---------------------------------------------------------------- copy block (nd30.md §10.5)

    /**
     * The certification of a paper copy after the copied document, below a full-width rule: the
     * copying body and the copy number on the left, the form of copy (in place of the national
     * title) and the place and date on the right, then its own signer and "Nơi nhận" block. The
     * copy's signer gets no signature field: the fields belong to the copied document's signer.
     */
    private void copyBlock(CopyCertification copy) {
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.Rule(x0, 0, x0 + width, RULE, Op.BLACK));
        float leftW = (float) geometry.headerLeftWidth();
        float rightX = x0 + leftW;
        float rightW = (float) geometry.headerRightWidth();
        float top = RULE + 6;
        float left = authorities(ops, copy.parentAuthority(), copy.authority(), "copy.", "authority", top);
        float right = centred(ops, copy.form().label(), FontStyle.BOLD, profile.typeNameSize(), rightX, rightW, top,
                Tag.of("H1"));
        float[] bottoms = numberAndDate(ops, copy.number(), copy.date(), copy.place(), "copy.", false, true, left,
                right);
        rows.add(Row.of(Math.max(bottoms[0], bottoms[1]), GAP_SECTION, ops));
        bottom(copy.signer(), Optional.empty(), copy.distribution(), "copy.", false);
    }

    // ---------------------------------------------------------------- appendices (nd30.md §9.6)

    private void appendix(Appendix a, String where) {
        int start = rows.size();
        Tag head = Tag.of("H1");
        if (a.isIssuedDocument()) {
            // Form 1.3: the issuing body's header and the national title, without number and date.
            List<Op> ops = new ArrayList<>();
            float leftW = (float) geometry.headerLeftWidth();
            float left = authorities(ops, doc.parentAuthority(), doc.issuingAuthority(), "", "issuingAuthority", 0);
            float right = nationalTitle(ops, x0 + leftW, (float) geometry.headerRightWidth());
            rows.add(Row.of(Math.max(left, right), 0, ops));
        }
        text.check(a.heading(), FontStyle.BOLD, where + ".number");
        centredBlock(a.heading(), FontStyle.BOLD, 14, a.isIssuedDocument() ? GAP_SECTION : 0, head);
        a.titleLine().ifPresent(t -> {
            text.check(t, FontStyle.BOLD, where + ".title");
            centredBlock(t, FontStyle.BOLD, a.isIssuedDocument() ? profile.subjectSize() : profile.bodySize(), 0,
                    head);
        });
        String ref = doc.appendixReference();
        text.check(ref, FontStyle.ITALIC, where);
        List<Op> ops = new ArrayList<>();
        // Kept blanks: in a separate appendix file (form 2.2) number and date are left unfilled.
        List<Line> refLines = text.wrapKeepingBlanks(ref, FontStyle.ITALIC, profile.bodySize(), width);
        float y = lines(ops, refLines, FontStyle.ITALIC, profile.bodySize(), x0, width, 0, Align.CENTER,
                Tag.of("P"));
        rows.add(Row.of(ruleUnder(ops, refLines, y), 0, ops));
        for (int i = start + 1; i < rows.size(); i++) {
            rows.set(i, rows.get(i).keptWithPrevious());
        }
        rows.set(start, rows.get(start).startingSeries());
        if (a.body().isEmpty()) {
            return;
        }
        int bodyStart = rows.size();
        blocks(a.body(), where + ".body", GAP_BEFORE_BODY);
        rows.set(bodyStart, rows.get(bodyStart).keptWithPrevious());
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Draws the short centred rule under centred lines ending at {@code y} (the subject, an
     * appendix's reference line): as long as {@link LayoutGeometry#subjectRuleLength} makes it for
     * the widest line, {@link #RULE_GAP} below the text.
     *
     * @return the bottom of the rule
     */
    private float ruleUnder(List<Op> ops, List<Line> lines, float y) {
        float widest = 0;
        for (Line l : lines) {
            widest = Math.max(widest, l.width());
        }
        float len = (float) geometry.subjectRuleLength(widest);
        ops.add(new Op.Rule(x0 + (width - len) / 2, y + RULE_GAP, x0 + (width + len) / 2, RULE, Op.BLACK));
        return y + RULE_GAP + RULE;
    }

    private float centred(List<Op> ops, String s, FontStyle st, float size, float x, float w, float y, Tag tag) {
        return wrapped(ops, s, st, size, x, w, y, Align.CENTER, tag);
    }

    private float wrapped(List<Op> ops, String s, FontStyle st, float size, float x, float w, float y, Align align,
            Tag tag) {
        return lines(ops, text.wrap(s, st, size, w), st, size, x, w, y, align, tag);
    }

    private float lines(List<Op> ops, List<Line> lines, FontStyle st, float size, float x, float w, float y,
            Align align, Tag tag) {
        float lh = text.lineHeight(st, size);
        float ascent = text.ascent(st, size);
        for (Line line : lines) {
            ops.addAll(text.draw(line, x, y + ascent, size, w, align, true, Op.BLACK, Optional.of(tag)));
            y += lh;
        }
        return y;
    }

    private static String fmt(float v) {
        return v == Math.rint(v) ? Integer.toString((int) v) : Float.toString(v);
    }
}
