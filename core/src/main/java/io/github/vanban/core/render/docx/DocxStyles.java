// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.docx;

import io.github.vanban.core.render.PageProfile;
import io.github.vanban.core.render.internal.LayoutGeometry;

/**
 * The named styles of a rendered document ({@code word/styles.xml}), one per Decree 30 component,
 * sized from the {@link PageProfile}. Built once per renderer: the string is immutable and
 * unmarshalled afresh for every render, so no docx4j object is shared between renders.
 *
 * <p>The document defaults name Times New Roman in all four font slots and set no theme font,
 * because a theme attribute would override the explicit name (docgen.md §2.1); text is black and
 * tagged {@code vi-VN}.
 */
final class DocxStyles {
    static final String QUOC_HIEU = "VBQuocHieu";
    static final String TIEU_NGU = "VBTieuNgu";
    static final String CO_QUAN_CHU_QUAN = "VBCoQuanChuQuan";
    static final String CO_QUAN = "VBCoQuan";
    static final String DUONG_KE = "VBDuongKe";
    static final String SO = "VBSo";
    static final String TRICH_YEU_CONG_VAN = "VBTrichYeuCongVan";
    static final String DIA_DANH = "VBDiaDanh";
    static final String DAU = "VBDau";
    static final String SAO = "VBSao";
    static final String TEN_LOAI = "VBTenLoai";
    static final String TRICH_YEU = "VBTrichYeu";
    static final String KINH_GUI = "VBKinhGui";
    static final String KINH_GUI_DONG = "VBKinhGuiDong";
    static final String KHOANG_CACH = "VBKhoangCach";
    static final String KET_THUC = "VBKetThuc";
    static final String BODY = "VBBody";
    static final String CAN_CU = "VBCanCu";
    static final String DIEU = "VBDieu";
    static final String TIEU_DE = "VBTieuDe";
    static final String TIEU_DE_TEN = "VBTieuDeTen";
    static final String MUC = "VBMuc";
    static final String CAN_GIUA = "VBCanGiua";
    static final String BANG_CHU = "VBBangChu";
    static final String NOI_NHAN = "VBNoiNhan";
    static final String NOI_NHAN_ITEM = "VBNoiNhanItem";
    static final String CHUC_VU = "VBChucVu";
    static final String KHOANG_KY = "VBKhoangKy";
    static final String HO_TEN = "VBHoTen";
    static final String SO_TRANG = "VBSoTrang";
    static final String LIEN_HE = "VBLienHe";
    static final String PHU_LUC = "VBPhuLuc";
    static final String PHU_LUC_TEN = "VBPhuLucTen";
    static final String PHU_LUC_KEM_THEO = "VBPhuLucKemTheo";
    static final String TABLE_LAYOUT = "VBBoCuc";
    static final String TABLE_GRID = "VBBang";

    /** Appendix headings are 14 pt bold whatever the profile (Appendix I, III.1). */
    static final float APPENDIX_HEADING_SIZE = 14;

    // Vertical spacing in twentieths of a point, from LayoutGeometry, which the PDF renderer reads too.
    private static final long RULE_LINE = Wml.twips(LayoutGeometry.RULE_PARAGRAPH_PT);
    private static final long NUMBER_ROW_BEFORE =
            Wml.twips(LayoutGeometry.GAP_BEFORE_NUMBER_ROW_PT - LayoutGeometry.RULE_PARAGRAPH_PT);
    private static final long VV_BEFORE = Wml.twips(LayoutGeometry.GAP_BEFORE_VV_PT);
    private static final long SECTION_BEFORE = Wml.twips(LayoutGeometry.GAP_SECTION_PT);
    private static final long BODY_BEFORE = Wml.twips(LayoutGeometry.GAP_BEFORE_BODY_PT);
    private static final long HEADING_BEFORE = Wml.twips(LayoutGeometry.GAP_EXTRA_BEFORE_HEADING_PT);

    /** Colour of the urgency and circulation stamps: bright red (Appendix I, III.2). */
    static final String STAMP_RED = "FF0000";

    private DocxStyles() {}

    /**
     * Serialises the styles part for one profile.
     *
     * @param p the profile
     * @return the {@code w:styles} document
     */
    static String xml(PageProfile p) {
        long after = Wml.twips(p.paragraphSpacingPt());
        long line = Math.round(p.lineSpacing() * 240);
        String bodySpacing = "<w:spacing w:before=\"0\" w:after=\"" + after + "\" w:line=\"" + line
                + "\" w:lineRule=\"auto\"/>";
        long firstLine = Wml.mmToTwips(p.firstLineIndentMm());
        StringBuilder s = new StringBuilder(16384);
        s.append("<w:styles ").append(Wml.NAMESPACES).append(">")
                .append("<w:docDefaults><w:rPrDefault><w:rPr>")
                .append("<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\""
                        + " w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>")
                .append("<w:color w:val=\"000000\"/>")
                .append(Wml.size(p.bodySize()))
                .append("<w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\" w:bidi=\"ar-SA\"/>")
                .append("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>")
                .append("<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>")
                .append("</w:pPr></w:pPrDefault></w:docDefaults>");
        s.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                + "<w:qFormat/></w:style>");
        s.append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
                + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/>"
                + "<w:unhideWhenUsed/></w:style>");
        s.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">"
                + "<w:name w:val=\"Normal Table\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr>"
                + "<w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
        s.append("<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/>"
                + "<w:semiHidden/><w:unhideWhenUsed/></w:style>");

        // Header (ô 1 to ô 5b)
        para(s, QUOC_HIEU, "VB Quoc Hieu", "<w:keepNext/><w:jc w:val=\"center\"/>",
                "<w:b/><w:bCs/>" + Wml.size(p.nationalTitleSize()));
        para(s, TIEU_NGU, "VB Tieu Ngu", "<w:keepNext/><w:jc w:val=\"center\"/>",
                "<w:b/><w:bCs/>" + Wml.size(p.mottoSize()));
        para(s, CO_QUAN_CHU_QUAN, "VB Co Quan Chu Quan", "<w:keepNext/><w:jc w:val=\"center\"/>",
                Wml.size(p.authoritySize()));
        para(s, CO_QUAN, "VB Co Quan", "<w:keepNext/><w:jc w:val=\"center\"/>",
                "<w:b/><w:bCs/>" + Wml.size(p.authoritySize()));
        // A rule is the bottom border of an empty 2 pt paragraph whose indents set its length.
        para(s, DUONG_KE, "VB Duong Ke", "<w:keepNext/><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\""
                + " w:space=\"0\" w:color=\"000000\"/></w:pBdr>"
                + "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"" + RULE_LINE + "\" w:lineRule=\"exact\"/>",
                Wml.size(1));
        para(s, SO, "VB So", "<w:spacing w:before=\"" + NUMBER_ROW_BEFORE + "\" w:after=\"0\"/><w:jc w:val=\"center\"/>",
                Wml.size(p.numberSize()));
        para(s, TRICH_YEU_CONG_VAN, "VB Trich Yeu Cong Van",
                "<w:spacing w:before=\"" + VV_BEFORE + "\" w:after=\"0\"/><w:jc w:val=\"center\"/>",
                Wml.size(p.vvSize()));
        para(s, DIA_DANH, "VB Dia Danh", "<w:spacing w:before=\"" + NUMBER_ROW_BEFORE + "\" w:after=\"0\"/><w:jc w:val=\"center\"/>",
                "<w:i/><w:iCs/>" + Wml.size(p.placeDateSize()));
        para(s, SAO, "VB Sao", "<w:keepNext/><w:jc w:val=\"center\"/>",
                "<w:b/><w:bCs/>" + Wml.size(p.typeNameSize()));
        para(s, DAU, "VB Dau", "<w:jc w:val=\"center\"/>",
                "<w:b/><w:bCs/><w:color w:val=\"" + STAMP_RED + "\"/>" + Wml.size(p.stampSize()));
        para(s, TEN_LOAI, "VB Ten Loai", "<w:keepNext/><w:spacing w:before=\"" + SECTION_BEFORE
                + "\" w:after=\"0\"/><w:jc w:val=\"center\"/>", "<w:b/><w:bCs/>" + Wml.size(p.typeNameSize()));
        para(s, TRICH_YEU, "VB Trich Yeu", "<w:keepNext/><w:jc w:val=\"center\"/>",
                "<w:b/><w:bCs/>" + Wml.size(p.subjectSize()));
        para(s, KINH_GUI, "VB Kinh Gui", "<w:keepNext/><w:spacing w:before=\"" + SECTION_BEFORE + "\" w:after=\"0\"/>",
                Wml.size(p.kinhGuiSize()));
        para(s, KINH_GUI_DONG, "VB Kinh Gui Dong", "<w:keepNext/>", Wml.size(p.kinhGuiSize()));
        para(s, KHOANG_CACH, "VB Khoang Cach",
                "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"" + BODY_BEFORE
                        + "\" w:lineRule=\"exact\"/>",
                Wml.size(1));

        // The paragraph that closes a section after the bottom table: 1 pt, so it never needs a page.
        para(s, KET_THUC, "VB Ket Thuc",
                "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>", Wml.size(1));

        // Body (ô 6)
        para(s, BODY, "VB Body", bodySpacing + "<w:ind w:firstLine=\"" + firstLine + "\"/><w:jc w:val=\"both\"/>",
                Wml.size(p.bodySize()));
        basedOn(s, CAN_CU, "VB Can Cu", BODY, "", "<w:i/><w:iCs/>");
        basedOn(s, DIEU, "VB Dieu", BODY, "", "");
        basedOn(s, MUC, "VB Muc", BODY, "<w:keepNext/>", "<w:b/><w:bCs/>");
        // Headings take the body's line spacing and no space of their own (LayoutGeometry.GAP_EXTRA_BEFORE_HEADING_PT).
        String headingLine = "\" w:line=\"" + line + "\" w:lineRule=\"auto\"/>";
        para(s, TIEU_DE, "VB Tieu De", "<w:keepNext/><w:spacing w:before=\"" + HEADING_BEFORE + "\" w:after=\"0"
                + headingLine + "<w:jc w:val=\"center\"/>", "<w:b/><w:bCs/>" + Wml.size(p.bodySize()));
        para(s, TIEU_DE_TEN, "VB Tieu De Ten", "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"" + after
                + headingLine + "<w:jc w:val=\"center\"/>", "<w:b/><w:bCs/>" + Wml.size(p.bodySize()));
        para(s, CAN_GIUA, "VB Can Giua", bodySpacing + "<w:jc w:val=\"center\"/>", Wml.size(p.bodySize()));
        // Table cells: single lines and no spacing; the cell margins (LayoutGeometry.TABLE_CELL_PADDING_MM)
        // give the room around the text, as in the PDF.
        para(s, BANG_CHU, "VB Bang Chu", "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\""
                + " w:lineRule=\"auto\"/>", Wml.size(p.bodySize()));

        // Bottom block (ô 7, ô 9b, ô 12)
        para(s, NOI_NHAN, "VB Noi Nhan", "<w:keepNext/>",
                "<w:b/><w:bCs/><w:i/><w:iCs/>" + Wml.size(p.noiNhanLabelSize()));
        para(s, NOI_NHAN_ITEM, "VB Noi Nhan Item", "<w:keepNext/>", Wml.size(p.noiNhanItemSize()));
        para(s, CHUC_VU, "VB Chuc Vu", "<w:keepNext/><w:jc w:val=\"center\"/>",
                "<w:b/><w:bCs/>" + Wml.size(p.signerSize()));
        para(s, KHOANG_KY, "VB Khoang Ky", "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\""
                + Wml.mmToTwips(p.signatureSpaceMm()) + "\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/>",
                Wml.size(p.signerSize()));
        para(s, HO_TEN, "VB Ho Ten", "<w:jc w:val=\"center\"/>", "<w:b/><w:bCs/>" + Wml.size(p.signerSize()));

        // Page furniture
        para(s, SO_TRANG, "VB So Trang", "<w:jc w:val=\"center\"/>", Wml.size(p.pageNumberSize()));
        para(s, LIEN_HE, "VB Lien He", "<w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"1\""
                + " w:color=\"000000\"/></w:pBdr><w:jc w:val=\"center\"/>", Wml.size(p.contactSize()));

        // Appendices
        para(s, PHU_LUC, "VB Phu Luc", "<w:keepNext/><w:jc w:val=\"center\"/>",
                "<w:b/><w:bCs/>" + Wml.size(APPENDIX_HEADING_SIZE));
        para(s, PHU_LUC_TEN, "VB Phu Luc Ten", "<w:keepNext/><w:jc w:val=\"center\"/>",
                "<w:b/><w:bCs/>" + Wml.size(p.bodySize()));
        para(s, PHU_LUC_KEM_THEO, "VB Phu Luc Kem Theo", "<w:keepNext/><w:jc w:val=\"center\"/>",
                "<w:i/><w:iCs/>" + Wml.size(p.bodySize()));

        s.append("<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"").append(TABLE_LAYOUT)
                .append("\"><w:name w:val=\"VB Bo Cuc\"/><w:basedOn w:val=\"TableNormal\"/><w:tblPr>")
                .append(layoutTableProperties()).append("</w:tblPr></w:style>");
        s.append("<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"").append(TABLE_GRID)
                .append("\"><w:name w:val=\"VB Bang\"/><w:basedOn w:val=\"TableNormal\"/><w:tblPr>")
                .append(gridBorders()).append("</w:tblPr></w:style>");
        s.append("</w:styles>");
        return s.toString();
    }

    /** Borders off and cell margins zero, so column centres are predictable (docgen.md §2.3). */
    static String layoutTableProperties() {
        return "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/>"
                + "<w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>"
                + "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>";
    }

    /** Single black borders on every side and between cells. */
    static String gridBorders() {
        String b = " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";
        return "<w:tblBorders><w:top" + b + "<w:left" + b + "<w:bottom" + b + "<w:right" + b
                + "<w:insideH" + b + "<w:insideV" + b + "</w:tblBorders>";
    }

    private static void para(StringBuilder s, String id, String name, String pPr, String rPr) {
        s.append("<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"").append(id)
                .append("\"><w:name w:val=\"").append(name).append("\"/><w:basedOn w:val=\"Normal\"/>")
                .append("<w:qFormat/><w:pPr>").append(pPr).append("</w:pPr><w:rPr>").append(rPr)
                .append("</w:rPr></w:style>");
    }

    private static void basedOn(StringBuilder s, String id, String name, String parent, String pPr, String rPr) {
        s.append("<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"").append(id)
                .append("\"><w:name w:val=\"").append(name).append("\"/><w:basedOn w:val=\"").append(parent)
                .append("\"/><w:qFormat/><w:pPr>").append(pPr).append("</w:pPr><w:rPr>").append(rPr)
                .append("</w:rPr></w:style>");
    }
}
