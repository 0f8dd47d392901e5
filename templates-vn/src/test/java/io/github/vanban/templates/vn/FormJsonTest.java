// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.SignatureBlock;
import io.github.vanban.core.model.SigningCapacity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormJsonTest {
    static final Path AGENCY = RenderedForms.FORMS.resolve("agencies/so-khcn-lai-chau.json");

    private static FormTemplate read(String json) {
        return FormJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json",
                Optional.of(AgencyProfile.read(AGENCY)));
    }

    private static String invitation(String extra) {
        return "{\"type\": \"GIAY_MOI\", \"subject\": \"Họp\", \"invitee\": \"Ông A\", \"event\": \"Hội nghị\","
                + " \"time\": \"8 giờ\", \"venue\": \"Hội trường\"" + extra + "}";
    }

    @Nested
    class with_a_caller_supplied_agency {
        @Test
        void fills_the_header_signer_and_luu_line_from_the_profile() {
            AdministrativeDocument doc = read(invitation("")).document();

            assertThat(doc.issuingAuthority()).isEqualTo("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
            assertThat(doc.parentAuthority()).contains("UBND TỈNH LAI CHÂU");
            assertThat(doc.number()).isEqualTo(DocumentNumber.unassigned("GM-SKHCN"));
            assertThat(doc.signer()).isEqualTo(SignatureBlock.of(SigningCapacity.KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
                    "Trần Văn Tuấn"));
            assertThat(doc.distribution().lines()).extracting(l -> l.text()).containsExactly("- Lưu: VT.");
            assertThat(doc.contact()).hasSize(2);
        }

        @Test
        void lets_the_document_override_the_signer_and_the_luu_units() {
            AdministrativeDocument doc = read(invitation(", \"signer\": {\"position\": \"GIÁM ĐỐC\", \"fullName\": "
                    + "\"Lò Văn Minh\"}, \"fileCopy\": [\"VT\", \"VP\"], \"drafter\": \"NH\", \"copiesIssued\": 5"))
                    .document();

            assertThat(doc.signer()).isEqualTo(SignatureBlock.head("GIÁM ĐỐC", "Lò Văn Minh"));
            assertThat(doc.distribution().lines()).extracting(l -> l.text()).containsExactly("- Lưu: VT, VP. NH.(5)");
        }
    }

    @Nested
    class with_an_agency_path {
        @Test
        void resolves_it_against_the_form_files_directory(@TempDir Path dir) throws IOException {
            Files.createDirectories(dir.resolve("agencies"));
            Files.copy(AGENCY, dir.resolve("agencies/a.json"));
            Path form = dir.resolve("form.json");
            Files.writeString(form, invitation(", \"agency\": \"agencies/a.json\""));

            assertThat(FormJson.read(form).particulars().agency().abbreviation()).isEqualTo("SKHCN");
        }

        @Test
        void names_a_missing_profile_file(@TempDir Path dir) throws IOException {
            Path form = dir.resolve("form.json");
            Files.writeString(form, invitation(", \"agency\": \"missing.json\""));

            assertThatThrownBy(() -> FormJson.read(form))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage(form + ": /agency: agency profile file not found: " + dir.resolve("missing.json"));
        }
    }

    @Nested
    class when_the_input_is_wrong {
        @Test
        void names_an_unknown_field_and_lists_the_allowed_ones() {
            assertThatThrownBy(() -> read(invitation(", \"thoiGian\": \"8 giờ\"")))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageStartingWith("test.json: /thoiGian: unknown field \"thoiGian\"; expected one of [agency,"
                            + " appendices, chair, confidentiality, copiesIssued, copy, date, distribution, drafter,");
        }

        @Test
        void names_a_missing_form_field() {
            assertThatThrownBy(() -> read("{\"type\": \"GIAY_MOI\", \"subject\": \"Họp\"}"))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage("test.json: /invitee: required field is missing");
        }

        @Test
        void names_an_unknown_type() {
            assertThatThrownBy(() -> read("{\"type\": \"GIAY_KHEN\"}"))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageStartingWith("test.json: /type: unknown document type \"GIAY_KHEN\"; expected one of "
                            + "[NGHI_QUYET, QUYET_DINH,");
        }

        @Test
        void rejects_a_number_on_an_electronic_copy_whose_signature_carries_the_date() {
            assertThatThrownBy(() -> read(invitation(", \"form\": \"3.2\", \"copy\": {\"form\": \"SAO_Y\", \"number\": 7}")))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage("test.json: /copy/number: unknown field \"number\"; expected one of [agency, form]");
        }

        @Test
        void asks_for_the_copy_block_of_an_electronic_copy() {
            assertThatThrownBy(() -> read(invitation(", \"form\": \"3.2\"")))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage("test.json: /copy: required field is missing");
        }

        @Test
        void names_both_appendix_forms_when_appendices_come_without_one() {
            assertThatThrownBy(() -> read(invitation(", \"appendices\": [{\"body\": [\"A\"]}]")))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage("test.json: /appendices: appendices need \"form\": \"2.1\" (printed after the "
                            + "document) or \"2.2\" (a separate electronic file)");
        }

        @Test
        void asks_a_separate_appendix_file_for_its_appendices() {
            assertThatThrownBy(() -> read(invitation(", \"form\": \"2.2\"")))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage("test.json: /appendices: required field is missing");
        }

        @Test
        void rejects_a_form_that_does_not_fit_the_type() {
            assertThatThrownBy(() -> read(invitation(", \"form\": \"1.5\"")))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage("test.json: /form: type GIAY_MOI uses form 1.7, not 1.5");
        }

        @Test
        void rejects_a_luu_line_typed_into_the_distribution() {
            assertThatThrownBy(() -> read(invitation(", \"distribution\": [\"Như trên\", \"Lưu: VT\"]")))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage("test.json: /distribution/1: \"Lưu: VT\": the \"Lưu\" line is generated from fileCopy "
                            + "(or the agency profile); list only the recipients");
        }

        @Test
        void reports_a_model_rule_at_the_fields_pointer() {
            String json = "{\"type\": \"KE_HOACH\", \"subject\": \"Kế hoạch\", \"recipients\": [\"UBND tỉnh\"],"
                    + " \"body\": [\"Nội dung.\"]}";
            assertThatThrownBy(() -> read(json))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage("test.json: /: addressees (Kính gửi) are only for Tờ trình and Báo cáo, not Kế hoạch");
        }

        @Test
        void reports_a_misplaced_point_at_its_body_index() {
            String json = "{\"type\": \"QUYET_DINH\", \"subject\": \"Về việc A\", \"authority\": \"GIÁM ĐỐC\","
                    + " \"body\": [{\"article\": \"Quy định:\"}, {\"point\": \"Mồ côi.\"}]}";
            assertThatThrownBy(() -> read(json))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage("test.json: /body/1: a point (điểm) needs a clause (khoản) first");
        }

        @Test
        void gives_the_line_and_column_of_malformed_json() {
            assertThatThrownBy(() -> read("{\"type\": \"GIAY_MOI\",\n  \"subject\" \"Họp\"}"))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageStartingWith("test.json: malformed JSON at line 2, column 13: ");
        }

        @Test
        void asks_for_an_agency_when_neither_the_json_nor_the_caller_gives_one() {
            assertThatThrownBy(() -> FormJson.read(new ByteArrayInputStream(invitation("").getBytes(
                    StandardCharsets.UTF_8)), "x.json", Optional.empty()))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage("x.json: /agency: required field is missing: the agency profile (an object, or the "
                            + "path of a profile file), unless the caller supplies one");
        }
    }
}
