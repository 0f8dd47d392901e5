// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentTypeTest {

    /** nd30.md §6, in the order of Article 7: label and Appendix III abbreviation. */
    static Stream<Arguments> appendix_iii() {
        return Stream.of(
                Arguments.of(DocumentType.NGHI_QUYET, "Nghị quyết", "NQ"),
                Arguments.of(DocumentType.QUYET_DINH, "Quyết định", "QĐ"),
                Arguments.of(DocumentType.CHI_THI, "Chỉ thị", "CT"),
                Arguments.of(DocumentType.QUY_CHE, "Quy chế", "QC"),
                Arguments.of(DocumentType.QUY_DINH, "Quy định", "QyĐ"),
                Arguments.of(DocumentType.THONG_CAO, "Thông cáo", "TC"),
                Arguments.of(DocumentType.THONG_BAO, "Thông báo", "TB"),
                Arguments.of(DocumentType.HUONG_DAN, "Hướng dẫn", "HD"),
                Arguments.of(DocumentType.CHUONG_TRINH, "Chương trình", "CTr"),
                Arguments.of(DocumentType.KE_HOACH, "Kế hoạch", "KH"),
                Arguments.of(DocumentType.PHUONG_AN, "Phương án", "PA"),
                Arguments.of(DocumentType.DE_AN, "Đề án", "ĐA"),
                Arguments.of(DocumentType.DU_AN, "Dự án", "DA"),
                Arguments.of(DocumentType.BAO_CAO, "Báo cáo", "BC"),
                Arguments.of(DocumentType.BIEN_BAN, "Biên bản", "BB"),
                Arguments.of(DocumentType.TO_TRINH, "Tờ trình", "TTr"),
                Arguments.of(DocumentType.HOP_DONG, "Hợp đồng", "HĐ"),
                Arguments.of(DocumentType.CONG_VAN, "Công văn", null),
                Arguments.of(DocumentType.CONG_DIEN, "Công điện", "CĐ"),
                Arguments.of(DocumentType.BAN_GHI_NHO, "Bản ghi nhớ", "BGN"),
                Arguments.of(DocumentType.BAN_THOA_THUAN, "Bản thỏa thuận", "BTT"),
                Arguments.of(DocumentType.GIAY_UY_QUYEN, "Giấy ủy quyền", "GUQ"),
                Arguments.of(DocumentType.GIAY_MOI, "Giấy mời", "GM"),
                Arguments.of(DocumentType.GIAY_GIOI_THIEU, "Giấy giới thiệu", "GGT"),
                Arguments.of(DocumentType.GIAY_NGHI_PHEP, "Giấy nghỉ phép", "GNP"),
                Arguments.of(DocumentType.PHIEU_GUI, "Phiếu gửi", "PG"),
                Arguments.of(DocumentType.PHIEU_CHUYEN, "Phiếu chuyển", "PC"),
                Arguments.of(DocumentType.PHIEU_BAO, "Phiếu báo", "PB"),
                Arguments.of(DocumentType.THU_CONG, "Thư công", null));
    }

    @ParameterizedTest(name = "{0} is \"{1}\", abbreviated \"{2}\"")
    @MethodSource("appendix_iii")
    void has_the_label_and_abbreviation_of_appendix_iii(DocumentType type, String label, String abbreviation) {
        assertThat(type.label()).isEqualTo(label);
        assertThat(type.abbreviation()).isEqualTo(Optional.ofNullable(abbreviation));
    }

    @Test
    void lists_the_29_types_of_article_7_in_order() {
        assertThat(appendix_iii().map(a -> (DocumentType) a.get()[0]).toList())
                .containsExactly(DocumentType.values())
                .hasSize(29);
    }

    @Nested
    class with_mixed_case_abbreviations {
        @Test
        void keeps_the_lower_case_letters_of_appendix_iii() {
            assertThat(List.of(DocumentType.QUY_DINH, DocumentType.CHUONG_TRINH, DocumentType.TO_TRINH))
                    .extracting(t -> t.abbreviation().orElseThrow())
                    .containsExactly("QyĐ", "CTr", "TTr");
        }

        @Test
        void finds_a_type_only_by_its_exact_spelling() {
            assertThat(DocumentType.fromAbbreviation("TTr")).contains(DocumentType.TO_TRINH);
            assertThat(DocumentType.fromAbbreviation("TTR")).isEmpty();
            assertThat(DocumentType.fromAbbreviation("CV")).isEmpty();
        }
    }

    @Nested
    class when_printing_the_type_name_line {
        @Test
        void upper_cases_with_vietnamese_letters() {
            assertThat(DocumentType.QUYET_DINH.typeName()).isEqualTo("QUYẾT ĐỊNH");
            assertThat(DocumentType.TO_TRINH.typeName()).isEqualTo("TỜ TRÌNH");
            assertThat(DocumentType.BAN_THOA_THUAN.typeName()).isEqualTo("BẢN THỎA THUẬN");
        }

        @Test
        void has_no_type_name_line_only_for_cong_van() {
            assertThat(Arrays.stream(DocumentType.values()).filter(t -> !t.hasTypeNameLine()))
                    .containsExactly(DocumentType.CONG_VAN);
        }
    }

    @Test
    void prints_no_place_and_date_line_only_for_bien_ban() {
        assertThat(Arrays.stream(DocumentType.values()).filter(t -> !t.hasPlaceAndDateLine()))
                .containsExactly(DocumentType.BIEN_BAN);
    }

    @Test
    void allows_kinh_gui_only_for_cong_van_to_trinh_and_bao_cao() {
        assertThat(Arrays.stream(DocumentType.values()).filter(DocumentType::allowsKinhGui))
                .containsExactly(DocumentType.BAO_CAO, DocumentType.TO_TRINH, DocumentType.CONG_VAN);
    }
}
