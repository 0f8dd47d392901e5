// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

import io.github.vanban.core.text.VietnameseText;
import java.util.Optional;

/**
 * The 29 types of administrative document (tên loại văn bản hành chính) of Decree 30/2020/NĐ-CP,
 * Article 7, in the decree's order, with the abbreviations of Appendix III, section I.
 *
 * <p>Abbreviations are kept exactly as Appendix III writes them, including the mixed-case ones
 * ({@code QyĐ}, {@code CTr}, {@code TTr}). Công văn and Thư công have none.
 */
public enum DocumentType {
    /** Nghị quyết (cá biệt): individual resolution, form 1.1. */
    NGHI_QUYET("Nghị quyết", "NQ", "1.1"),
    /** Quyết định (cá biệt): individual decision, forms 1.2 and 1.3. */
    QUYET_DINH("Quyết định", "QĐ", "1.2"),
    /** Chỉ thị: directive. */
    CHI_THI("Chỉ thị", "CT", "1.4"),
    /** Quy chế: regulation (statute). */
    QUY_CHE("Quy chế", "QC", "1.4"),
    /** Quy định: rules. */
    QUY_DINH("Quy định", "QyĐ", "1.4"),
    /** Thông cáo: communiqué. */
    THONG_CAO("Thông cáo", "TC", "1.4"),
    /** Thông báo: notice. */
    THONG_BAO("Thông báo", "TB", "1.4"),
    /** Hướng dẫn: guidance. */
    HUONG_DAN("Hướng dẫn", "HD", "1.4"),
    /** Chương trình: programme. */
    CHUONG_TRINH("Chương trình", "CTr", "1.4"),
    /** Kế hoạch: plan. */
    KE_HOACH("Kế hoạch", "KH", "1.4"),
    /** Phương án: scheme. */
    PHUONG_AN("Phương án", "PA", "1.4"),
    /** Đề án: project proposal. */
    DE_AN("Đề án", "ĐA", "1.4"),
    /** Dự án: project. */
    DU_AN("Dự án", "DA", "1.4"),
    /** Báo cáo: report. */
    BAO_CAO("Báo cáo", "BC", "1.4"),
    /** Biên bản: minutes, form 1.9. */
    BIEN_BAN("Biên bản", "BB", "1.9"),
    /** Tờ trình: submission. */
    TO_TRINH("Tờ trình", "TTr", "1.4"),
    /** Hợp đồng: contract (no official form; form 1.4 conventions). */
    HOP_DONG("Hợp đồng", "HĐ", "1.4"),
    /** Công văn: official letter, form 1.5; no type-name line and no abbreviation. */
    CONG_VAN("Công văn", null, "1.5"),
    /** Công điện: official telegram, form 1.6. */
    CONG_DIEN("Công điện", "CĐ", "1.6"),
    /** Bản ghi nhớ: memorandum of understanding (no official form). */
    BAN_GHI_NHO("Bản ghi nhớ", "BGN", "1.4"),
    /** Bản thỏa thuận: agreement (no official form). */
    BAN_THOA_THUAN("Bản thỏa thuận", "BTT", "1.4"),
    /** Giấy ủy quyền: power of attorney. */
    GIAY_UY_QUYEN("Giấy ủy quyền", "GUQ", "1.4"),
    /** Giấy mời: invitation, form 1.7. */
    GIAY_MOI("Giấy mời", "GM", "1.7"),
    /** Giấy giới thiệu: letter of introduction, form 1.8. */
    GIAY_GIOI_THIEU("Giấy giới thiệu", "GGT", "1.8"),
    /** Giấy nghỉ phép: leave permit, form 1.10. */
    GIAY_NGHI_PHEP("Giấy nghỉ phép", "GNP", "1.10"),
    /** Phiếu gửi: dispatch slip. */
    PHIEU_GUI("Phiếu gửi", "PG", "1.4"),
    /** Phiếu chuyển: transfer slip. */
    PHIEU_CHUYEN("Phiếu chuyển", "PC", "1.4"),
    /** Phiếu báo: notification slip. */
    PHIEU_BAO("Phiếu báo", "PB", "1.4"),
    /** Thư công: public letter; no abbreviation and no official form (form 1.4 conventions). */
    THU_CONG("Thư công", null, "1.4");

    private final String label;
    private final String abbreviation;
    private final String template;

    DocumentType(String label, String abbreviation, String template) {
        this.label = label;
        this.abbreviation = abbreviation;
        this.template = template;
    }

    /**
     * Returns the official name in regular case, e.g. "Quyết định".
     *
     * @return the label with diacritics
     */
    public String label() {
        return label;
    }

    /**
     * Returns the name as printed on the type-name line (ô 5a), e.g. "QUYẾT ĐỊNH".
     *
     * @return the upper-case label
     */
    public String typeName() {
        return VietnameseText.upper(label);
    }

    /**
     * Returns the abbreviation of Appendix III, exactly as written there, e.g. "QĐ" or "TTr".
     *
     * @return the abbreviation, empty for Công văn and Thư công
     */
    public Optional<String> abbreviation() {
        return Optional.ofNullable(abbreviation);
    }

    /**
     * Returns the number of the Appendix III form (Mẫu) this type uses, e.g. "1.4".
     *
     * @return the form number
     */
    public String template() {
        return template;
    }

    /**
     * Tells whether the document prints a type-name line (ô 5a); only công văn does not.
     *
     * @return {@code false} for {@link #CONG_VAN}
     */
    public boolean hasTypeNameLine() {
        return this != CONG_VAN;
    }

    /**
     * Tells whether the header prints the place-and-date line (ô 4). Form 1.9 (Biên bản) has none:
     * the minutes state when the meeting began and ended in the body (Decree 30/2020/NĐ-CP,
     * Appendix III, form 1.9).
     *
     * @return {@code false} for {@link #BIEN_BAN}
     */
    public boolean hasPlaceAndDateLine() {
        return this != BIEN_BAN;
    }

    /**
     * Tells whether the document may carry a "Kính gửi" part (ô 9a): công văn, and tờ trình and
     * báo cáo sent to a higher body (Appendix I, II.9).
     *
     * @return {@code true} for Công văn, Tờ trình and Báo cáo
     */
    public boolean allowsKinhGui() {
        return this == CONG_VAN || this == TO_TRINH || this == BAO_CAO;
    }

    /**
     * Finds the type whose abbreviation is exactly {@code abbreviation}.
     *
     * @param abbreviation an abbreviation such as "QĐ"
     * @return the type, or empty when Appendix III has no such abbreviation
     */
    public static Optional<DocumentType> fromAbbreviation(String abbreviation) {
        for (DocumentType type : values()) {
            if (abbreviation.equals(type.abbreviation)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
