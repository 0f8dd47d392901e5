// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanban.core.model.DocumentType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IncomingDocumentTest {
    @Nested
    class When_built {
        @Test
        void rejects_a_span_beyond_the_text_and_names_the_field() {
            IncomingDocument.Builder builder = IncomingDocument.builder("text/plain", "Số: 15/QĐ-UBND")
                    .place(new ExtractedField<>("Hà Nội", new TextSpan(10, 40), 0.9));

            assertThatThrownBy(builder::build)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("place span TextSpan[start=10, end=40] ends beyond the text of 14 characters");
        }

        @Test
        void copies_the_recipient_list() {
            List<String> names = new ArrayList<>(List.of("Bộ Nội vụ"));
            IncomingDocument d = IncomingDocument.builder("text/plain", "Kính gửi: Bộ Nội vụ.")
                    .recipients(new ExtractedField<>(names, new TextSpan(0, 19), 0.9))
                    .build();
            names.add("Bộ Tài chính");

            assertThat(d.recipients().orElseThrow().value()).containsExactly("Bộ Nội vụ");
        }
    }

    @Nested
    class Listing_what_was_not_found {
        @Test
        void expects_kinh_gui_on_a_cong_van_only() {
            IncomingDocument congVan = IncomingDocument.builder("text/plain", "V/v")
                    .type(new ExtractedField<>(DocumentType.CONG_VAN, new TextSpan(0, 3), 0.9)).build();
            IncomingDocument quyetDinh = IncomingDocument.builder("text/plain", "QUYẾT ĐỊNH")
                    .type(new ExtractedField<>(DocumentType.QUYET_DINH, new TextSpan(0, 10), 1.0)).build();

            assertThat(congVan.notFound()).contains(FieldName.RECIPIENTS);
            assertThat(quyetDinh.notFound()).doesNotContain(FieldName.RECIPIENTS, FieldName.TYPE);
        }

        @Test
        void never_lists_the_parent_body_or_the_marks() {
            IncomingDocument d = IncomingDocument.builder("text/plain", "").build();

            assertThat(d.notFound()).doesNotContain(FieldName.PARENT_AUTHORITY, FieldName.URGENCY, FieldName.CONFIDENTIALITY)
                    .contains(FieldName.ISSUING_AUTHORITY);
        }
    }

    @Nested
    class Field_values {
        @Test
        void reject_a_confidence_outside_zero_to_one() {
            assertThatThrownBy(() -> new ExtractedField<>("x", new TextSpan(0, 1), 1.5))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("confidence must be between 0 and 1, was 1.5");
            assertThatThrownBy(() -> new ExtractedField<>("x", new TextSpan(0, 1), Double.NaN))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("confidence must be between 0 and 1, was NaN");
        }

        @Test
        void reject_a_reversed_span() {
            assertThatThrownBy(() -> new TextSpan(5, 2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("span must satisfy 0 <= start <= end, was [5, 2)");
        }

        @Test
        void reject_a_blank_type_code() {
            assertThatThrownBy(() -> new TypeCode(" ", DocumentType.QUYET_DINH, false))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("code must not be blank");
        }
    }
}
