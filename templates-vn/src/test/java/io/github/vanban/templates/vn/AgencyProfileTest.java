// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AgencyProfileTest {

    @Nested
    class when_read_from_the_sample_file {
        private final AgencyProfile profile = AgencyProfile.read(FormJsonTest.AGENCY);

        @Test
        void holds_every_header_field() {
            assertThat(profile.parentAuthority()).contains("UBND TỈNH LAI CHÂU");
            assertThat(profile.issuingAuthority()).isEqualTo("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
            assertThat(profile.name()).isEqualTo("Sở Khoa học và Công nghệ");
            assertThat(profile.abbreviation()).isEqualTo("SKHCN");
            assertThat(profile.units()).containsOnlyKeys("VP", "QLKH");
            assertThat(profile.place()).isEqualTo("Lai Châu");
            assertThat(profile.fileCopy()).containsExactly("VT");
            assertThat(profile.signer()).isPresent();
        }

        @Test
        void names_a_unit_it_does_not_have() {
            assertThatThrownBy(() -> profile.unit("KT"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("unit \"KT\" is not one of SKHCN's units [VP, QLKH]");
        }

        @Test
        void copies_through_its_builder() {
            assertThat(profile.toBuilder().build()).isEqualTo(profile);
        }
    }

    @Nested
    class when_built {
        @Test
        void defaults_the_name_to_the_issuing_authority_and_luu_to_vt() {
            AgencyProfile p = AgencyProfile.builder().issuingAuthority("BỘ NỘI VỤ").abbreviation("BNV").place("Hà Nội")
                    .build();
            assertThat(p.name()).isEqualTo("BỘ NỘI VỤ");
            assertThat(p.fileCopy()).isEqualTo(List.of("VT"));
        }

        @Test
        void rejects_a_blank_abbreviation() {
            assertThatThrownBy(() -> AgencyProfile.builder().issuingAuthority("BỘ NỘI VỤ").place("Hà Nội").build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("abbreviation must not be blank");
        }

        @Test
        void rejects_an_abbreviation_with_a_slash() {
            assertThatThrownBy(() -> AgencyProfile.builder().issuingAuthority("BỘ NỘI VỤ").abbreviation("QĐ/BNV")
                    .place("Hà Nội").build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("abbreviation must contain no \"/\" or space, was \"QĐ/BNV\"");
        }
    }

    @Test
    void names_the_source_and_pointer_of_a_bad_field() {
        String json = "{\"issuingAuthority\": \"BỘ NỘI VỤ\", \"abbreviation\": \"BNV\", \"place\": 7}";
        assertThatThrownBy(() -> AgencyProfile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "bnv.json"))
                .isInstanceOf(TemplateException.class)
                .hasMessage("bnv.json: /place: expected a string, found number");
    }
}
