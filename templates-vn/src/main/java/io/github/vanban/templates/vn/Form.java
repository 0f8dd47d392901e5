// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import java.util.Optional;

/**
 * The official forms (Mẫu) of Decree 30/2020/NĐ-CP, Appendix III, section II.
 */
public enum Form {
    /** Mẫu 1.1: Nghị quyết (cá biệt). */
    NGHI_QUYET("1.1", "Nghị quyết (cá biệt)"),
    /** Mẫu 1.2: Quyết định (cá biệt) that regulates directly. */
    QUYET_DINH("1.2", "Quyết định (cá biệt) quy định trực tiếp"),
    /** Mẫu 1.3: Quyết định (cá biệt) that issues or approves an attached document. */
    QUYET_DINH_BAN_HANH("1.3", "Quyết định (cá biệt) ban hành hay phê duyệt văn bản khác"),
    /** Mẫu 1.4: any document with a type name (Tờ trình, Báo cáo, Kế hoạch, Thông báo …). */
    VAN_BAN_CO_TEN_LOAI("1.4", "Văn bản có tên loại"),
    /** Mẫu 1.5: Công văn. */
    CONG_VAN("1.5", "Công văn"),
    /** Mẫu 1.6: Công điện. */
    CONG_DIEN("1.6", "Công điện"),
    /** Mẫu 1.7: Giấy mời. */
    GIAY_MOI("1.7", "Giấy mời"),
    /** Mẫu 1.8: Giấy giới thiệu. */
    GIAY_GIOI_THIEU("1.8", "Giấy giới thiệu"),
    /** Mẫu 1.9: Biên bản. */
    BIEN_BAN("1.9", "Biên bản"),
    /** Mẫu 1.10: Giấy nghỉ phép. */
    GIAY_NGHI_PHEP("1.10", "Giấy nghỉ phép"),
    /** Mẫu 2.1: appendix of a paper document, printed after it with its own page numbers. */
    PHU_LUC("2.1", "Phụ lục văn bản giấy"),
    /**
     * Mẫu 2.2: appendices of an electronic document issued as a separate file, signed by the
     * issuing body at the top right of page 1 (ô 14).
     */
    PHU_LUC_TEP_RIENG("2.2", "Phụ lục văn bản điện tử ban hành kèm theo (tệp riêng)"),
    /** Mẫu 3.1: paper copy (SAO Y, SAO LỤC, TRÍCH SAO) with the copy block after the document. */
    BAN_SAO_GIAY("3.1", "Bản sao sang định dạng giấy"),
    /** Mẫu 3.2: an electronic copy, signed by the copying body at the top right of page 1 (ô 14). */
    BAN_SAO_DIEN_TU("3.2", "Bản sao sang định dạng điện tử");

    private final String number;
    private final String label;

    Form(String number, String label) {
        this.number = number;
        this.label = label;
    }

    /**
     * Returns the form's number in Appendix III, e.g. "1.7".
     *
     * @return the number
     */
    public String number() {
        return number;
    }

    /**
     * Returns the Vietnamese name of the form, e.g. "Giấy mời".
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * Finds a form by its Appendix III number.
     *
     * @param number e.g. "1.10"
     * @return the form, or empty when Appendix III has no such form here
     */
    public static Optional<Form> byNumber(String number) {
        for (Form f : values()) {
            if (f.number.equals(number)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
