// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.docx;

import static io.github.vanban.core.render.docx.Wml.paragraph;
import static io.github.vanban.core.render.docx.Wml.run;
import static io.github.vanban.core.render.docx.Wml.twips;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.Addressees;
import io.github.vanban.core.model.Appendix;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.CopyCertification;
import io.github.vanban.core.model.Distribution;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.HeadingLevel;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.model.SignatureBlock;
import io.github.vanban.core.render.FontStyle;
import io.github.vanban.core.render.PageProfile;
import io.github.vanban.core.render.RenderException;
import io.github.vanban.core.render.internal.LayoutGeometry;
import io.github.vanban.core.render.internal.TextMetrics;
import io.github.vanban.core.text.VietnameseText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Writes the WordprocessingML of one document: {@code word/document.xml} and the header and
 * footer parts. One instance per render; not thread-safe.
 *
 * <p>Layout (Decree 30/2020/NĐ-CP, Appendix I; nd30.md §1.2–§2): a borderless two-row header
 * table (row 1: authorities | national title and motto, each with its rule; row 2: "Số" and
 * "V/v" | place and date, so that "Số" is level with the date), the stamps, the type name and
 * subject with their rule, "Kính gửi", the body, and a borderless bottom table ("Nơi nhận" |
 * signer) whose row never splits. Appendices follow, each in its own section that restarts page
 * numbering.
 */
final class DocumentComposer {
    /** Bookmark around the blank number, filled in by the records office at issuance. */
    static final String NUMBER_BOOKMARK = "vanban_number";

    /** Bookmark around the blank day of the date of issue. */
    static final String DAY_BOOKMARK = "vanban_day";

    /** Bookmark around the blank month of the date of issue. */
    static final String MONTH_BOOKMARK = "vanban_month";

    /** Bookmark around the blank year of the date of issue. */
    static final String YEAR_BOOKMARK = "vanban_year";


    /** Distance of empty footers from the bottom edge, inside the bottom margin. */
    private static final double FOOTER_DISTANCE_MM = 10;

    /** The relationship ids of the header and footer parts, assigned by the package. */
    record PartIds(String headerFirst, String headerDefault, String footerEmpty, Optional<String> footerContact) {}

    private final AdministrativeDocument doc;
    private final PageProfile profile;
    private final TextMetrics metrics;
    private final LayoutGeometry geometry;
    private final long pageWidth;
    private final long pageHeight;
    private final long textWidth;
    private int bookmarkId;

    DocumentComposer(AdministrativeDocument doc, PageProfile profile, TextMetrics metrics, LayoutGeometry geometry) {
        this.doc = doc;
        this.profile = profile;
        this.metrics = metrics;
        this.geometry = geometry;
        this.pageWidth = Wml.mmToTwips(profile.pageWidthMm());
        this.pageHeight = Wml.mmToTwips(profile.pageHeightMm());
        this.textWidth = pageWidth - Wml.mmToTwips(profile.marginLeftMm()) - Wml.mmToTwips(profile.marginRightMm());
    }

    // ---------------------------------------------------------------- parts

    /** The page-number header of pages 2 onwards: a PAGE field, centred, with a cached value. */
    static String headerWithPageNumber() {
        return "<w:hdr " + Wml.NAMESPACES + ">" + paragraph(DocxStyles.SO_TRANG, "",
                "<w:fldSimple w:instr=\" PAGE \\* Arabic \"><w:r><w:t>2</w:t></w:r></w:fldSimple>") + "</w:hdr>";
    }

    /** The explicit empty header of each section's first page (no number on page 1). */
    static String emptyHeader() {
        return "<w:hdr " + Wml.NAMESPACES + ">" + paragraph(DocxStyles.SO_TRANG, "", "") + "</w:hdr>";
    }

    /** An empty footer, so that appendix sections do not inherit the contact footer. */
    static String emptyFooter() {
        return "<w:ftr " + Wml.NAMESPACES + ">" + paragraph(DocxStyles.KHOANG_CACH, "", "") + "</w:ftr>";
    }

    /** The contact footer of page 1 (ô 13): the lines below a full-width rule. */
    String contactFooter() {
        StringBuilder runs = new StringBuilder();
        List<String> lines = doc.contact();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                runs.append("<w:r><w:br/></w:r>");
            }
            runs.append(run(lines.get(i)));
        }
        return "<w:ftr " + Wml.NAMESPACES + ">" + paragraph(DocxStyles.LIEN_HE, "", runs.toString()) + "</w:ftr>";
    }

    // ---------------------------------------------------------------- document

    /**
     * Writes {@code word/document.xml}.
     *
     * @param ids the header and footer relationship ids
     * @return the document
     */
    String document(PartIds ids) {
        Wml w = new Wml();
        w.append("<w:document " + Wml.NAMESPACES + "><w:body>");
        if (doc.appendicesOnly()) {
            appendicesOnly(w, ids);
            return w.toString();
        }
        circulationNote(w);
        header(w);
        stamps(w);
        typeAndSubject(w);
        kinhGui(w);
        body(w, doc.bodyWithEndMark(), true);
        bottom(w, doc.signer(), doc.coSigner(), doc.distribution());
        List<Appendix> appendices = doc.appendices();
        String mainSection = sectPr(ids, true);
        if (appendices.isEmpty()) {
            doc.copy().ifPresent(copy -> copy(w, copy));
            w.append(paragraph(DocxStyles.KET_THUC, "", ""));
            w.append(mainSection);
        } else {
            w.append(paragraph(DocxStyles.KET_THUC, mainSection, ""));
            String appendixSection = sectPr(ids, false);
            for (int i = 0; i < appendices.size(); i++) {
                appendix(w, appendices.get(i));
                if (i < appendices.size() - 1) {
                    w.append(paragraph(DocxStyles.KET_THUC, appendixSection, ""));
                }
            }
            doc.copy().ifPresent(copy -> copy(w, copy));
            w.append(paragraph(DocxStyles.KET_THUC, "", ""));
            w.append(appendixSection);
        }
        w.append("</w:body></w:document>");
        return w.toString();
    }

    /**
     * Writes a file of appendices only (form 2.2): each appendix in its own section, the first
     * on page 1, none with the contact footer (ô 13 belongs to the main document's page 1).
     */
    private void appendicesOnly(Wml w, PartIds ids) {
        List<Appendix> appendices = doc.appendices();
        if (appendices.isEmpty()) {
            throw new RenderException(LayoutGeometry.APPENDICES_ONLY_EMPTY);
        }
        String section = sectPr(ids, false);
        for (int i = 0; i < appendices.size(); i++) {
            appendix(w, appendices.get(i));
            if (i < appendices.size() - 1) {
                w.append(paragraph(DocxStyles.KET_THUC, section, ""));
            }
        }
        doc.copy().ifPresent(copy -> copy(w, copy));
        w.append(paragraph(DocxStyles.KET_THUC, "", ""));
        w.append(section);
        w.append("</w:body></w:document>");
    }

    private String sectPr(PartIds ids, boolean main) {
        String firstFooter = main ? ids.footerContact().orElse(ids.footerEmpty()) : ids.footerEmpty();
        boolean contact = main && ids.footerContact().isPresent();
        long footer = contact ? Wml.mmToTwips(profile.marginBottomMm()) : Wml.mmToTwips(FOOTER_DISTANCE_MM);
        StringBuilder s = new StringBuilder("<w:sectPr>");
        s.append("<w:headerReference w:type=\"default\" r:id=\"").append(ids.headerDefault()).append("\"/>");
        s.append("<w:headerReference w:type=\"first\" r:id=\"").append(ids.headerFirst()).append("\"/>");
        if (!main) {
            s.append("<w:footerReference w:type=\"default\" r:id=\"").append(ids.footerEmpty()).append("\"/>");
        }
        s.append("<w:footerReference w:type=\"first\" r:id=\"").append(firstFooter).append("\"/>");
        if (!main) {
            s.append("<w:type w:val=\"nextPage\"/>");
        }
        s.append("<w:pgSz w:w=\"").append(pageWidth).append("\" w:h=\"").append(pageHeight).append('"');
        if (profile.landscape()) {
            s.append(" w:orient=\"landscape\"");
        }
        s.append("/><w:pgMar w:top=\"").append(Wml.mmToTwips(profile.marginTopMm()))
                .append("\" w:right=\"").append(Wml.mmToTwips(profile.marginRightMm()))
                .append("\" w:bottom=\"").append(Wml.mmToTwips(profile.marginBottomMm()))
                .append("\" w:left=\"").append(Wml.mmToTwips(profile.marginLeftMm()))
                .append("\" w:header=\"").append(Wml.twips(geometry.pageNumberHeaderDistancePt()))
                .append("\" w:footer=\"").append(footer)
                .append("\" w:gutter=\"0\"/><w:pgNumType w:fmt=\"decimal\" w:start=\"1\"/><w:titlePg/></w:sectPr>");
        return s.toString();
    }

    // ---------------------------------------------------------------- header (ô 1–5b)

    private void header(Wml w) {
        long right = twips(geometry.headerRightWidth());
        long left = textWidth - right;

        String authorities = authorities(doc.parentAuthority(), doc.issuingAuthority(), left, "");

        String national = nationalTitle(right);

        StringBuilder number = new StringBuilder(paragraph(DocxStyles.SO, "", numberRuns(doc.number())));
        if (!doc.type().hasTypeNameLine()) {
            doc.subjectLine().ifPresent(s -> number.append(paragraph(DocxStyles.TRICH_YEU_CONG_VAN, "", run(s))));
        }
        String date = doc.type().hasPlaceAndDateLine()
                ? paragraph(DocxStyles.DIA_DANH, "", dateRuns())
                : paragraph(DocxStyles.DIA_DANH, "", "");

        w.append(layoutTable(new long[] {left, right}, List.of(
                new String[] {authorities, national},
                new String[] {number.toString(), date}), false));
    }

    /** The national title, the motto and its rule (ô 1), for a cell {@code cellWidth} wide. */
    private String nationalTitle(long cellWidth) {
        return paragraph(DocxStyles.QUOC_HIEU, "", run(AdministrativeDocument.NATIONAL_TITLE))
                + paragraph(DocxStyles.TIEU_NGU, "", run(AdministrativeDocument.MOTTO))
                + rule(cellWidth, geometry.mottoRuleLength());
    }

    /**
     * The parent body, the issuing body in bold and its short rule (ô 2); {@code prefix} qualifies
     * the component names in error messages ("copy.").
     */
    private String authorities(Optional<String> parentAuthority, String issuingAuthority, long cellWidth,
            String prefix) {
        StringBuilder s = new StringBuilder();
        parentAuthority.ifPresent(parent -> {
            String line = VietnameseText.upper(parent);
            s.append(sizedParagraph(DocxStyles.CO_QUAN_CHU_QUAN, line,
                    authoritySize(prefix + "parentAuthority", line, false), profile.authoritySize()));
        });
        String issuing = VietnameseText.upper(issuingAuthority);
        String component = prefix.isEmpty() ? "issuingAuthority" : prefix + "authority";
        float issuingSize = authoritySize(component, issuing, true);
        s.append(sizedParagraph(DocxStyles.CO_QUAN, issuing, issuingSize, profile.authoritySize()));
        double issuingWidth = widestLine(component, issuing, FontStyle.BOLD, issuingSize, cellWidth / 20.0);
        s.append(rule(cellWidth, geometry.authorityRuleLength(issuingWidth)));
        return s.toString();
    }

    /**
     * Writes the copy block after the copied document (Articles 25–27, Appendix I Part II): a
     * full-width rule, the copying body and copy number on the left, the form of copy in place of
     * the national title and the place and date on the right, then its own "Nơi nhận" and signer.
     * The copy number and date print blanks when unassigned, without bookmarks (those name the
     * original's fields).
     */
    private void copy(Wml w, CopyCertification copy) {
        long right = twips(geometry.headerRightWidth());
        long left = textWidth - right;
        w.append(paragraph(DocxStyles.KHOANG_CACH, "", ""));
        w.append(rule(textWidth, textWidth / 20.0));
        w.append(paragraph(DocxStyles.KHOANG_CACH, "", ""));
        String number = paragraph(DocxStyles.SO, "", run(copy.number().line()));
        String date = paragraph(DocxStyles.DIA_DANH, "", run(copy.date().line(copy.place())));
        String form = paragraph(DocxStyles.SAO, "", run(copy.form().label()));
        w.append(layoutTable(new long[] {left, right}, List.of(
                new String[] {authorities(copy.parentAuthority(), copy.authority(), left, "copy."), form},
                new String[] {number, date}), false));
        bottom(w, copy.signer(), Optional.empty(), copy.distribution());
    }

    private float authoritySize(String component, String line, boolean bold) {
        try {
            return geometry.authoritySize(line, bold);
        } catch (IllegalArgumentException e) {
            throw new RenderException(component + ": " + e.getMessage(), e);
        }
    }

    private String sizedParagraph(String style, String text, float size, float styleSize) {
        return paragraph(style, "", run(size == styleSize ? "" : Wml.size(size), text));
    }

    /** A rule centred in a box {@code boxWidth} twips wide, {@code length} points long. */
    private static String rule(long boxWidth, double length) {
        long len = Math.min(boxWidth, twips(length));
        long side = (boxWidth - len) / 2;
        return paragraph(DocxStyles.DUONG_KE, Wml.indent(side, boxWidth - len - side), "");
    }

    private String numberRuns(DocumentNumber number) {
        String blank = number.isAssigned()
                ? run(number.numberText())
                : bookmark(NUMBER_BOOKMARK, run(number.numberText()));
        return run(DocumentNumber.LABEL) + blank + run(number.symbolText());
    }

    private String dateRuns() {
        IssueDate date = doc.date();
        boolean dayPending = date.fullDate().isEmpty();
        boolean monthPending = date.yearMonth().isEmpty();
        return run(doc.place() + ", ngày ")
                + (dayPending ? bookmark(DAY_BOOKMARK, run(date.dayText())) : run(date.dayText()))
                + run(" tháng ")
                + (monthPending ? bookmark(MONTH_BOOKMARK, run(date.monthText())) : run(date.monthText()))
                + run(" năm ")
                + (monthPending ? bookmark(YEAR_BOOKMARK, run(date.yearText())) : run(date.yearText()));
    }

    private String bookmark(String name, String content) {
        int id = bookmarkId++;
        return "<w:bookmarkStart w:id=\"" + id + "\" w:name=\"" + name + "\"/>" + content
                + "<w:bookmarkEnd w:id=\"" + id + "\"/>";
    }

    // ---------------------------------------------------------------- stamps (ô 10a, 10b, 11)

    private void circulationNote(Wml w) {
        doc.circulationNote().ifPresent(note -> {
            String text = VietnameseText.upper(note);
            long box = stampWidth("circulationNote", text);
            long right = twips(geometry.headerRightWidth());
            long indent = textWidth - right + Math.max(0, (right - box) / 2);
            w.append(stamp(text, box, indent));
            w.append(paragraph(DocxStyles.KHOANG_CACH, "", ""));
        });
    }

    private void stamps(Wml w) {
        doc.confidentiality().ifPresent(c -> {
            w.append(paragraph(DocxStyles.KHOANG_CACH, "", ""));
            w.append(stamp(c.label(), stampWidth("confidentiality", c.label()), 0));
        });
        doc.urgency().ifPresent(u -> {
            w.append(paragraph(DocxStyles.KHOANG_CACH, "", ""));
            w.append(stamp(u.label(), Wml.mmToTwips(u.boxWidthMm()), 0));
        });
    }

    private long stampWidth(String component, String text) {
        double width = width(component, text, FontStyle.BOLD, profile.stampSize());
        return twips(width + 4 * PageProfile.PT_PER_MM);
    }

    /** A single-border red box 8 mm high with the text centred in it (Appendix I, III.2). */
    private static String stamp(String text, long width, long indent) {
        String border = " w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"" + DocxStyles.STAMP_RED + "\"/>";
        return "<w:tbl><w:tblPr><w:tblStyle w:val=\"" + DocxStyles.TABLE_LAYOUT + "\"/><w:tblW w:w=\"" + width
                + "\" w:type=\"dxa\"/><w:tblInd w:w=\"" + indent + "\" w:type=\"dxa\"/><w:tblBorders><w:top" + border
                + "<w:left" + border + "<w:bottom" + border + "<w:right" + border + "</w:tblBorders>"
                + "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w=\""
                + width + "\"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\"" + Wml.mmToTwips(8)
                + "\" w:hRule=\"exact\"/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"" + width
                + "\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
                + paragraph(DocxStyles.DAU, "", run(text)) + "</w:tc></w:tr></w:tbl>";
    }

    // ---------------------------------------------------------------- ô 5a, ô 9a

    private void typeAndSubject(Wml w) {
        if (!doc.type().hasTypeNameLine()) {
            return;
        }
        w.append(paragraph(DocxStyles.TEN_LOAI, "", run(doc.type().typeName())));
        doc.subject().ifPresent(subject -> {
            long side = twips((geometry.textWidth() - geometry.subjectWidth()) / 2);
            w.append(paragraph(DocxStyles.TRICH_YEU, Wml.indent(side, side), run(subject)));
            double widest = widestLine("subject", subject, FontStyle.BOLD, profile.subjectSize(), textWidth / 20.0);
            w.append(rule(textWidth, geometry.subjectRuleLength(widest)));
        });
        if (doc.subject().isEmpty()) {
            double name = width("type", doc.type().typeName(), FontStyle.BOLD, profile.typeNameSize());
            w.append(rule(textWidth, geometry.subjectRuleLength(name)));
        }
        w.append(paragraph(DocxStyles.KHOANG_CACH, "", ""));
    }

    /**
     * Writes "Kính gửi": one addressee on the label's line, several one per line with the hyphens
     * under the colon. The block is centred on the text width (the decree leaves its position
     * open; its diagram puts it in the middle, nd30.md §1.3).
     */
    private void kinhGui(Wml w) {
        Addressees addressees = doc.addressees();
        if (addressees.isEmpty()) {
            return;
        }
        float size = profile.kinhGuiSize();
        double textPt = textWidth / 20.0;
        double labelWord = width("addressees", "Kính gửi", FontStyle.REGULAR, size);
        List<String> lines = addressees.lines();
        if (addressees.isInline()) {
            String prefix = Addressees.LABEL + " ";
            double prefixWidth = width("addressees", prefix, FontStyle.REGULAR, size);
            double full = prefixWidth + width("addressees", lines.get(0), FontStyle.REGULAR, size);
            long left = twips(Math.max(0, (textPt - full) / 2));
            long hang = twips(prefixWidth);
            w.append(paragraph(DocxStyles.KINH_GUI, Wml.hanging(left + hang, hang),
                    run(prefix) + run(lines.get(0))));
        } else {
            double widest = 0;
            for (String line : lines) {
                widest = Math.max(widest, width("addressees", line, FontStyle.REGULAR, size));
            }
            double colon = width("addressees", ":", FontStyle.REGULAR, size);
            double block = labelWord + Math.max(colon, widest);
            long left = twips(Math.max(0, Math.min((textPt - block) / 2, textPt - block)));
            w.append(paragraph(DocxStyles.KINH_GUI, Wml.indent(left, 0), run(Addressees.LABEL)));
            long colonX = left + twips(labelWord);
            long hang = twips(width("addressees", "- ", FontStyle.REGULAR, size));
            for (String line : lines) {
                w.append(paragraph(DocxStyles.KINH_GUI_DONG, Wml.hanging(colonX + hang, hang), run(line)));
            }
        }
        w.append(paragraph(DocxStyles.KHOANG_CACH, "", ""));
    }

    // ---------------------------------------------------------------- body (ô 6)

    private void body(Wml w, List<BodyBlock> blocks, boolean keepLastWithNext) {
        for (int i = 0; i < blocks.size(); i++) {
            String keep = keepLastWithNext && i == blocks.size() - 1 ? "<w:keepNext/>" : "";
            block(w, blocks.get(i), keep);
        }
    }

    private void block(Wml w, BodyBlock block, String keep) {
        if (block instanceof BodyBlock.Paragraph p) {
            w.append(paragraph(DocxStyles.BODY, keep, run(p.text())));
        } else if (block instanceof BodyBlock.Basis b) {
            w.append(paragraph(DocxStyles.CAN_CU, keep, run(b.text())));
        } else if (block instanceof BodyBlock.Heading h) {
            if (h.level() == HeadingLevel.SECTION) {
                w.append(paragraph(DocxStyles.MUC, keep, run(h.label())));
            } else {
                w.append(paragraph(DocxStyles.TIEU_DE, "", run(h.label())));
                if (!h.title().isEmpty()) {
                    w.append(paragraph(DocxStyles.TIEU_DE_TEN, keep, run(VietnameseText.upper(h.title()))));
                }
            }
        } else if (block instanceof BodyBlock.Article a) {
            String bold = "<w:b/><w:bCs/>";
            StringBuilder runs = new StringBuilder(run(bold, a.label()));
            a.title().ifPresent(t -> runs.append(run(bold, " " + t)));
            a.text().ifPresent(t -> runs.append(run(" " + t)));
            w.append(paragraph(DocxStyles.DIEU, keep, runs.toString()));
        } else if (block instanceof BodyBlock.Centered c) {
            w.append(paragraph(DocxStyles.CAN_GIUA, keep, run(c.bold() ? "<w:b/><w:bCs/>" : "", c.text())));
        } else if (block instanceof BodyBlock.Table t) {
            table(w, t);
            w.append(paragraph(DocxStyles.KHOANG_CACH, keep, ""));
        } else {
            throw new AssertionError(block);
        }
    }

    /**
     * A bordered table with a fixed layout: the grid and cell widths come from {@link
     * LayoutGeometry#tableColumnWidths}, as in the PDF, so every application breaks the cells
     * alike; header rows bold and repeated.
     */
    private void table(Wml w, BodyBlock.Table t) {
        long[] widths = tableColumnTwips(geometry.tableColumnWidths(t));
        long total = Arrays.stream(widths).sum();
        long pad = twips(LayoutGeometry.TABLE_CELL_PADDING_PT);
        StringBuilder s = new StringBuilder("<w:tbl><w:tblPr><w:tblStyle w:val=\"" + DocxStyles.TABLE_GRID
                + "\"/><w:tblW w:w=\"" + total + "\" w:type=\"dxa\"/>" + DocxStyles.gridBorders()
                + "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:top w:w=\"" + pad + "\" w:type=\"dxa\"/>"
                + "<w:left w:w=\"" + pad + "\" w:type=\"dxa\"/><w:bottom w:w=\"" + pad + "\" w:type=\"dxa\"/>"
                + "<w:right w:w=\"" + pad + "\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>");
        for (long width : widths) {
            s.append("<w:gridCol w:w=\"").append(width).append("\"/>");
        }
        s.append("</w:tblGrid>");
        for (int r = 0; r < t.rows().size(); r++) {
            boolean header = r < t.headerRows();
            s.append("<w:tr><w:trPr><w:cantSplit/>").append(header ? "<w:tblHeader/>" : "").append("</w:trPr>");
            for (int c = 0; c < widths.length; c++) {
                String cell = t.rows().get(r).get(c);
                s.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(widths[c]).append("\" w:type=\"dxa\"/></w:tcPr>")
                        .append(paragraph(DocxStyles.BANG_CHU, header ? "<w:jc w:val=\"center\"/>" : "",
                                run(header ? "<w:b/><w:bCs/>" : "", cell)))
                        .append("</w:tc>");
            }
            s.append("</w:tr>");
        }
        w.append(s.append("</w:tbl>").toString());
    }

    /**
     * Converts column widths in points to twips, rounding the column boundaries rather than each
     * width so the boundaries stay within half a twip of the PDF's and the last column ends at
     * the text width.
     */
    private long[] tableColumnTwips(double[] points) {
        long[] twips = new long[points.length];
        double edge = 0;
        long previous = 0;
        for (int c = 0; c < points.length; c++) {
            edge += points[c];
            long boundary = c == points.length - 1 && Math.abs(edge - geometry.textWidth()) < 0.01 ? textWidth
                    : Math.round(edge * 20);
            twips[c] = boundary - previous;
            previous = boundary;
        }
        return twips;
    }

    // ---------------------------------------------------------------- bottom (ô 7, 9b, 12)

    private void bottom(Wml w, SignatureBlock signer, Optional<SignatureBlock> coSigner, Distribution distribution) {
        long left = twips(geometry.noiNhanWidth());
        long right = textWidth - left;
        w.append(paragraph(DocxStyles.KHOANG_CACH, "", ""));
        w.append(layoutTable(new long[] {left, right},
                List.<String[]>of(new String[] {coSigner(coSigner) + noiNhan(distribution, left), signer(signer)}), true));
    }

    /** The second signer (form 1.9's secretary) above "Nơi nhận", or nothing. */
    private String coSigner(Optional<SignatureBlock> coSigner) {
        return coSigner.map(c -> signer(c) + paragraph(DocxStyles.KHOANG_CACH, "", "")).orElse("");
    }

    /**
     * Writes "Nơi nhận:" and its items. A group's shared note is printed after a tab on the
     * group's last line, as the seed letter shows ("- UBND tỉnh;        (B/c)").
     */
    private String noiNhan(Distribution distribution, long cellWidth) {
        List<Distribution.Line> lines = distribution.lines();
        if (lines.isEmpty()) {
            return paragraph(DocxStyles.NOI_NHAN_ITEM, "", "");
        }
        float size = profile.noiNhanItemSize();
        StringBuilder s = new StringBuilder(paragraph(DocxStyles.NOI_NHAN, "", run(Distribution.LABEL)));
        for (int i = 0; i < lines.size(); i++) {
            Distribution.Line line = lines.get(i);
            if (line.groupNote().isEmpty()) {
                s.append(paragraph(DocxStyles.NOI_NHAN_ITEM, "", run(line.text())));
                continue;
            }
            String note = line.groupNote().get();
            int end = Math.min(lines.size(), i + line.groupSize());
            double widest = 0;
            for (int j = i; j < end; j++) {
                widest = Math.max(widest, width("distribution", lines.get(j).text(), FontStyle.REGULAR, size));
            }
            double noteWidth = width("distribution", note, FontStyle.REGULAR, size);
            // Word and LibreOffice wrap a note that ends exactly at the cell edge; keep 1 mm spare.
            long tab = Math.min(twips(widest + 2 * size), cellWidth - twips(noteWidth) - Wml.mmToTwips(1));
            for (int j = i; j < end; j++) {
                String text = lines.get(j).text();
                if (j == end - 1) {
                    s.append(paragraph(DocxStyles.NOI_NHAN_ITEM,
                            "<w:tabs><w:tab w:val=\"left\" w:pos=\"" + tab + "\"/></w:tabs>",
                            run(text) + "<w:r><w:tab/></w:r>" + run(note)));
                } else {
                    s.append(paragraph(DocxStyles.NOI_NHAN_ITEM, "", run(text)));
                }
            }
            i = end - 1;
        }
        return s.toString();
    }

    private String signer(SignatureBlock signer) {
        StringBuilder s = new StringBuilder();
        for (String line : signer.titleLines()) {
            s.append(paragraph(DocxStyles.CHUC_VU, "", run(line)));
        }
        s.append(paragraph(DocxStyles.KHOANG_KY, "", ""));
        List<String> names = signer.nameLines();
        for (int i = 0; i < names.size(); i++) {
            boolean name = i == names.size() - 1;
            s.append(paragraph(name ? DocxStyles.HO_TEN : DocxStyles.CHUC_VU, "", run(names.get(i))));
        }
        return s.toString();
    }

    // ---------------------------------------------------------------- appendices

    private void appendix(Wml w, Appendix appendix) {
        if (appendix.isIssuedDocument()) {
            // Form 1.3: the issuing body's header and the national title, without number and date.
            long right = twips(geometry.headerRightWidth());
            long left = textWidth - right;
            w.append(layoutTable(new long[] {left, right}, List.<String[]>of(new String[] {
                authorities(doc.parentAuthority(), doc.issuingAuthority(), left, ""), nationalTitle(right)}), false));
            w.append(paragraph(DocxStyles.KHOANG_CACH, "", ""));
        }
        w.append(paragraph(DocxStyles.PHU_LUC, "", run(appendix.heading())));
        appendix.titleLine().ifPresent(t -> w.append(paragraph(DocxStyles.PHU_LUC_TEN, "", run(t))));
        String reference = doc.appendixReference();
        w.append(paragraph(DocxStyles.PHU_LUC_KEM_THEO, "", run(reference)));
        double widest = widestLine("appendix", reference, FontStyle.ITALIC, profile.bodySize(), textWidth / 20.0);
        w.append(rule(textWidth, geometry.subjectRuleLength(widest)));
        w.append(paragraph(DocxStyles.KHOANG_CACH, "", ""));
        body(w, appendix.body(), false);
    }

    // ---------------------------------------------------------------- shared

    private static String layoutTable(long[] widths, List<String[]> rows, boolean cantSplit) {
        long total = 0;
        for (long width : widths) {
            total += width;
        }
        StringBuilder s = new StringBuilder("<w:tbl><w:tblPr><w:tblStyle w:val=\"" + DocxStyles.TABLE_LAYOUT
                + "\"/><w:tblW w:w=\"" + total + "\" w:type=\"dxa\"/><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
                + DocxStyles.layoutTableProperties().replace("<w:tblCellMar>", "<w:tblLayout w:type=\"fixed\"/>"
                        + "<w:tblCellMar>") + "<w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>");
        for (long width : widths) {
            s.append("<w:gridCol w:w=\"").append(width).append("\"/>");
        }
        s.append("</w:tblGrid>");
        for (String[] row : rows) {
            s.append("<w:tr>").append(cantSplit ? "<w:trPr><w:cantSplit/></w:trPr>" : "");
            for (int c = 0; c < row.length; c++) {
                s.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(widths[c]).append("\" w:type=\"dxa\"/></w:tcPr>")
                        .append(row[c]).append("</w:tc>");
            }
            s.append("</w:tr>");
        }
        return s.append("</w:tbl>").toString();
    }

    /**
     * Measures text, naming the component when the font lacks a character.
     */
    private double width(String component, String text, FontStyle style, float size) {
        try {
            return metrics.width(text, style, size);
        } catch (IllegalArgumentException e) {
            throw new RenderException(component + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns the width of the widest line when {@code text} is broken greedily at spaces into
     * lines at most {@code measure} points wide, as Word and LibreOffice break it.
     */
    private double widestLine(String component, String text, FontStyle style, float size, double measure) {
        double space = width(component, " ", style, size);
        double widest = 0;
        double current = -1;
        for (String word : text.split(" +")) {
            double wordWidth = width(component, word, style, size);
            if (current < 0) {
                current = wordWidth;
            } else if (current + space + wordWidth <= measure) {
                current += space + wordWidth;
            } else {
                widest = Math.max(widest, current);
                current = wordWidth;
            }
        }
        return Math.max(widest, Math.max(current, 0));
    }
}
