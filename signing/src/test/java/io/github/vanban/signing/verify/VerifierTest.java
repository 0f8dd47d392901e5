// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanban.signing.PadesLevel;
import io.github.vanban.signing.testing.TestPki;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Verification of the project's own signed files: levels, trust, revocation, report shape. */
class VerifierTest {
    private final Fixtures fx = Fixtures.get();

    private VerificationReport verify(byte[] pdf) {
        return fx.verifier().verify(pdf);
    }

    @Nested
    class a_file_signed_by_the_project_signer {
        @Test
        void is_valid_at_every_level_and_the_level_is_detected() {
            for (PadesLevel level : PadesLevel.values()) {
                VerificationReport report = verify(fx.signedLetter(level));
                assertThat(report.verdict()).as("%s", level).isEqualTo(Verdict.VALID);
                assertThat(report.exitCode()).isZero();
                SignatureReport sig = report.signatures().get(0);
                assertThat(sig.level()).as("%s", level).contains(level);
                assertThat(sig.kind()).isEqualTo(SignatureKind.APPROVAL);
                assertThat(sig.revision()).isEqualTo(2);
                assertThat(sig.failedChecks()).isEmpty();
                assertThat(report.forbiddenChanges()).isEmpty();
            }
        }

        @Test
        void reports_the_signer_certificate_path_and_times() {
            VerificationReport report = verify(fx.signedLetter(PadesLevel.B_T));
            SignatureReport sig = report.signatures().get(0);
            assertThat(sig.signer()).isPresent();
            assertThat(sig.signer().get().subject()).contains("CN=Trần Văn Tuấn");
            assertThat(sig.signer().get().keyUsage())
                    .containsExactly("digitalSignature", "nonRepudiation");
            assertThat(sig.certificatePath()).hasSize(3);
            assertThat(sig.certificatePath().get(2).subject()).contains("Vanban Test Root CA");
            assertThat(sig.claimedSigningTime()).isPresent();
            assertThat(sig.timestampTime()).isPresent();
            assertThat(sig.timestampTime().get())
                    .isBetween(sig.claimedSigningTime().get(),
                            sig.claimedSigningTime().get().plusSeconds(60));
            assertThat(sig.coversWholeDocument()).isTrue();
            assertThat(sig.byteRange()).hasSize(4).startsWith(0L);
        }

        @Test
        void classifies_the_dss_and_document_time_stamp_revisions_of_b_lta_as_permitted() {
            VerificationReport report = verify(fx.signedLetter(PadesLevel.B_LTA));
            assertThat(report.revisions()).isEqualTo(4);
            assertThat(report.signatures()).extracting(SignatureReport::kind)
                    .containsExactly(SignatureKind.APPROVAL, SignatureKind.DOCUMENT_TIMESTAMP);
            assertThat(report.changes()).extracting(Change::kind).containsExactly(
                    ChangeKind.VALIDATION_DATA, ChangeKind.DOCUMENT_TIMESTAMP_ADDED);
            assertThat(report.changes()).allMatch(Change::permitted);
            assertThat(report.signatures().get(1).isValid()).isTrue();
            assertThat(report.signatures().get(0).coversWholeDocument()).isFalse();
        }

        @Test
        void gives_vietnamese_and_english_messages_and_json() {
            VerificationReport report = verify(fx.signedLetter(PadesLevel.B_B));
            assertThat(report.reason().vietnamese()).isEqualTo("Chữ ký hợp lệ.");
            String json = report.toJson();
            assertThat(json).contains("\"verdict\": \"VALID\"")
                    .contains("\"messageVi\": \"Chữ ký hợp lệ.\"")
                    .contains("\"level\": \"B_B\"");
            assertThat(report.toText()).startsWith("Kết quả / Result: hợp lệ / valid\n");
        }
    }

    @Nested
    class the_decree_30_issuing_flow {
        /**
         * The 36 mm seal, placed over the left third of the signature, also covers the start of
         * the printed name; it is transparent and hides nothing, so it is permitted.
         */
        @Test
        void signature_image_then_seal_over_the_printed_name_is_valid() {
            Path signed = fx.sign(fx.letterWithSignatureBlock(), fx.pki.leader(), "vanban_signer",
                    io.github.vanban.signing.Appearance.signature(Fixtures.png(false)),
                    PadesLevel.B_T);
            Path sealed = fx.sign(signed, fx.pki.organisation(), "vanban_seal",
                    io.github.vanban.signing.Appearance.seal(Fixtures.png(true), 36),
                    PadesLevel.B_LTA);
            VerificationReport report = verify(Attacks.read(sealed));
            assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
            assertThat(report.signatures()).extracting(SignatureReport::fieldName)
                    .containsExactly("vanban_signer", "vanban_seal", "DocumentTimestamp1");
            assertThat(report.signatures().get(1).level()).contains(PadesLevel.B_LTA);
            assertThat(report.changes()).isNotEmpty().allMatch(Change::permitted)
                    .extracting(Change::kind).contains(ChangeKind.SIGNATURE_ADDED,
                            ChangeKind.VALIDATION_DATA, ChangeKind.DOCUMENT_TIMESTAMP_ADDED);
        }
    }

    @Nested
    class a_second_signature_in_sequence {
        @Test
        void keeps_both_valid_and_the_second_revision_is_a_permitted_signature() {
            Path first = fx.sign(fx.letter(), PadesLevel.B_B, fx.pki.leader(), "chu_ky_1");
            Path second = fx.sign(first, PadesLevel.B_B, fx.pki.organisation(), "chu_ky_2");
            VerificationReport report = verify(Attacks.read(second));
            assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
            assertThat(report.signatures()).extracting(SignatureReport::fieldName)
                    .containsExactly("chu_ky_1", "chu_ky_2");
            assertThat(report.signatures()).allMatch(SignatureReport::isValid);
            assertThat(report.changes()).isNotEmpty().allMatch(Change::permitted)
                    .extracting(Change::kind).containsOnly(ChangeKind.SIGNATURE_ADDED);
        }

        @Test
        void keeps_both_valid_when_a_form_field_is_filled_between_them() {
            Path first = fx.sign(fx.letter(), PadesLevel.B_B, fx.pki.leader(), "chu_ky_1");
            byte[] filled = Attacks.incremental(Attacks.read(first), doc -> {
                var field = (org.apache.pdfbox.pdmodel.interactive.form.PDTextField)
                        doc.getDocumentCatalog().getAcroForm().getField("ghi_chu");
                field.setValue("Da nhan ngay 26/11");
                Attacks.touch(field.getCOSObject(),
                        field.getWidgets().get(0).getCOSObject());
            });
            Path middle = Attacks.write(fx.file("filled.pdf"), filled);
            Path second = fx.sign(middle, PadesLevel.B_B, fx.pki.organisation(), "chu_ky_2");
            VerificationReport report = verify(Attacks.read(second));
            assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
            assertThat(report.signatures()).hasSize(2).allMatch(SignatureReport::isValid);
            assertThat(report.changes()).allMatch(Change::permitted)
                    .extracting(Change::kind)
                    .contains(ChangeKind.FORM_FIELD_FILLED, ChangeKind.SIGNATURE_ADDED);
            assertThat(report.changes()).filteredOn(c -> c.kind() == ChangeKind.FORM_FIELD_FILLED)
                    .allMatch(c -> c.revision() == 3);
        }
    }

    @Nested
    class metadata_written_after_signing {
        @Test
        void is_a_permitted_change() {
            byte[] pdf = Attacks.incremental(fx.signedLetter(PadesLevel.B_B), doc -> {
                doc.getDocumentInformation().setTitle("Công văn số 15");
                doc.getDocumentInformation().setModificationDate(java.util.Calendar.getInstance());
                Attacks.touch(doc.getDocumentInformation().getCOSObject());
                doc.getDocument().getTrailer().setNeedToBeUpdated(true);
            });
            VerificationReport report = verify(pdf);
            assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
            assertThat(report.changes()).isNotEmpty().allMatch(Change::permitted)
                    .extracting(Change::kind).containsOnly(ChangeKind.METADATA);
        }
    }

    @Nested
    class validation_in_the_future {
        private final java.time.Clock later = java.time.Clock.offset(java.time.Clock.systemUTC(),
                java.time.Duration.ofDays(4 * 365));

        @Test
        void a_time_stamped_b_lt_signature_stays_valid_after_the_certificate_expired() {
            VerificationReport report = Verifier.builder()
                    .trustAnchor(fx.pki.root().certificate()).clock(later).build()
                    .verify(fx.signedLetter(PadesLevel.B_LT));
            assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
        }

        @Test
        void a_b_b_signature_without_proof_of_time_is_out_of_bounds() {
            VerificationReport report = Verifier.builder()
                    .trustAnchor(fx.pki.root().certificate()).clock(later)
                    .validationDataSource(fx.crls()).build()
                    .verify(fx.signedLetter(PadesLevel.B_B));
            assertThat(report.reason()).isEqualTo(Reason.OUT_OF_BOUNDS);
            assertThat(report.verdict()).isEqualTo(Verdict.INDETERMINATE);
        }
    }

    @Nested
    class other_signature_formats {
        @Test
        void an_adbe_pkcs7_detached_signature_is_valid_without_a_pades_level() {
            byte[] pdf = TestSigner.sign(Attacks.read(fx.letter()),
                    TestSigner.of(fx.pki.leader(), "chu_ky"),
                    org.apache.pdfbox.cos.COSName.ADBE_PKCS7_DETACHED);
            VerificationReport report = verify(pdf);
            assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
            assertThat(report.signatures().get(0).subFilter()).isEqualTo("adbe.pkcs7.detached");
            assertThat(report.signatures().get(0).level()).isEmpty();
        }

        @Test
        void an_unknown_sub_filter_is_indeterminate_and_named() {
            byte[] pdf = TestSigner.sign(Attacks.read(fx.letter()),
                    TestSigner.of(fx.pki.leader(), "chu_ky"),
                    org.apache.pdfbox.cos.COSName.getPDFName("adbe.x509.rsa_sha1"));
            VerificationReport report = verify(pdf);
            assertThat(report.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
            assertThat(report.signatures().get(0).failedChecks()).extracting(Check::detail)
                    .containsExactly("Unsupported /SubFilter 'adbe.x509.rsa_sha1'");
        }
    }

    @Nested
    class trust_anchors_from_files {
        @Test
        void a_pem_file_with_several_certificates_is_read_in_order() throws Exception {
            Path pem = fx.file("anchors.pem");
            java.nio.file.Files.writeString(pem, TestPki.pem(fx.pki.root().certificate())
                    + TestPki.pem(fx.pki.intermediate().certificate()));
            assertThat(Verifier.readCertificates(pem)).containsExactly(
                    fx.pki.root().certificate(), fx.pki.intermediate().certificate());
            VerificationReport report = Verifier.builder().trustAnchorsFrom(pem).build()
                    .verify(fx.signedLetter(PadesLevel.B_LT));
            assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
        }

        @Test
        void a_der_file_is_read() throws Exception {
            Path der = Attacks.write(fx.file("root.cer"), fx.pki.root().certificate().getEncoded());
            assertThat(Verifier.readCertificates(der)).containsExactly(fx.pki.root().certificate());
        }

        @Test
        void a_file_without_certificates_is_rejected_with_its_name() {
            Path junk = Attacks.write(fx.file("junk.pem"), "không phải chứng thư".getBytes(
                    StandardCharsets.UTF_8));
            assertThatThrownBy(() -> Verifier.readCertificates(junk))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("file is not a PEM or DER X.509 certificate: ")
                    .hasMessageEndingWith("junk.pem");
        }
    }

    @Nested
    class algorithm_strength {
        @Test
        void an_rsa_1024_signer_fails_the_crypto_constraints() {
            TestPki.Identity weak = TestSigner.selfSigned("CN=Khóa yếu,C=VN", 1024);
            byte[] pdf = TestSigner.sign(Attacks.read(fx.letter()), TestSigner.of(weak, "chu_ky"));
            VerificationReport report = Verifier.builder().trustAnchor(weak.certificate())
                    .build().verify(pdf);
            assertThat(report.reason()).as(report.toText())
                    .isEqualTo(Reason.CRYPTO_CONSTRAINTS_FAILURE);
            assertThat(report.signatures().get(0).failedChecks()).extracting(Check::detail)
                    .contains("RSA key of 1024 bits is below 2048");
        }
    }

    @Nested
    class a_field_locked_by_a_signature {
        private byte[] filledAfterLocking(List<String> locked) {
            byte[] signed = TestSigner.signLocking(Attacks.read(fx.letter()),
                    TestSigner.of(fx.pki.leader(), "chu_ky"), locked);
            return Attacks.incremental(signed, doc -> {
                var field = (org.apache.pdfbox.pdmodel.interactive.form.PDTextField)
                        doc.getDocumentCatalog().getAcroForm().getField("ghi_chu");
                field.setValue("Da sua");
                Attacks.touch(field.getCOSObject());
            });
        }

        @Test
        void may_not_be_filled_later() {
            VerificationReport report = verify(filledAfterLocking(List.of("ghi_chu")));
            assertThat(report.reason()).as(report.toText()).isEqualTo(Reason.DOCUMENT_MODIFIED);
            assertThat(report.forbiddenChanges()).extracting(Change::detail).contains(
                    "Form field 'ghi_chu' was filled (locked by signature 'chu_ky', FieldMDP)");
        }

        @Test
        void does_not_stop_other_fields_being_filled() {
            VerificationReport report = verify(filledAfterLocking(List.of("so_khac")));
            assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
        }
    }

    @Nested
    class trust_and_revocation {
        private Verifier trusting(io.github.vanban.signing.ValidationDataSource source) {
            return Verifier.builder().trustAnchor(fx.pki.root().certificate())
                    .validationDataSource(source).build();
        }

        /** A letter signed by a fresh signer whose certificate is revoked right after. */
        private byte[] signedThenRevoked(String name) {
            TestPki.Identity who = fx.pki.issueSigner("CN=" + name + ",O="
                    + TestPki.ORGANISATION + ",C=VN");
            Path signed = fx.sign(fx.letter(), PadesLevel.B_B, who, "chu_ky");
            fx.pki.revoke(who.certificate());
            return Attacks.read(signed);
        }

        @Test
        void a_signature_without_a_trusted_root_is_indeterminate() {
            VerificationReport report = Verifier.builder().build()
                    .verify(fx.signedLetter(PadesLevel.B_B));
            assertThat(report.verdict()).isEqualTo(Verdict.INDETERMINATE);
            assertThat(report.reason()).isEqualTo(Reason.NO_CERTIFICATE_CHAIN_FOUND);
            assertThat(report.signatures().get(0).certificatePath()).isEmpty();
            assertThat(report.exitCode()).isEqualTo(1);
        }

        @Test
        void a_b_b_signature_offline_without_revocation_data_is_indeterminate() {
            VerificationReport report = Verifier.builder()
                    .trustAnchor(fx.pki.root().certificate()).build()
                    .verify(fx.signedLetter(PadesLevel.B_B));
            assertThat(report.reason()).isEqualTo(Reason.REVOCATION_UNKNOWN);
            assertThat(report.signatures().get(0).failedChecks()).extracting(Check::name)
                    .containsExactly("revocation");
        }

        @Test
        void a_b_lt_signature_is_valid_offline_from_its_dss() {
            VerificationReport report = Verifier.builder()
                    .trustAnchor(fx.pki.root().certificate()).build()
                    .verify(fx.signedLetter(PadesLevel.B_LT));
            assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
        }

        @Test
        void an_ocsp_response_from_the_delegated_responder_proves_good_status() {
            VerificationReport report = trusting(fx.ocsp(fx.pki.ocspResponder()))
                    .verify(fx.signedLetter(PadesLevel.B_B));
            assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
            assertThat(report.signatures().get(0).checks()).filteredOn(c -> c.name()
                    .equals("revocation")).singleElement().extracting(Check::detail).asString()
                    .contains("Trần Văn Tuấn not revoked (online)");
        }

        @Test
        void a_good_ocsp_response_that_expired_before_the_signing_time_proves_nothing() {
            VerificationReport report = trusting(fx.ocsp(fx.pki.ocspResponder(),
                    java.time.Duration.ofDays(10))).verify(fx.signedLetter(PadesLevel.B_B));
            assertThat(report.reason()).isEqualTo(Reason.REVOCATION_UNKNOWN);
            assertThat(report.signatures().get(0).failedChecks()).extracting(Check::detail)
                    .singleElement().asString().startsWith("No usable OCSP response or CRL for ")
                    .contains("that is fresh at");
        }

        @Test
        void an_ocsp_response_signed_by_an_unauthorised_key_is_ignored() {
            VerificationReport report = trusting(fx.ocsp(fx.pki.organisation()))
                    .verify(fx.signedLetter(PadesLevel.B_B));
            assertThat(report.reason()).isEqualTo(Reason.REVOCATION_UNKNOWN);
        }

        @Test
        void an_ocsp_response_saying_revoked_makes_the_signature_invalid() {
            VerificationReport report = trusting(fx.ocsp(fx.pki.ocspResponder()))
                    .verify(signedThenRevoked("Phạm Văn Ocsp"));
            assertThat(report.reason()).isEqualTo(Reason.REVOKED);
        }

        @Test
        void a_revoked_signer_is_invalid() {
            VerificationReport report = trusting(fx.crls())
                    .verify(signedThenRevoked("Lê Văn Thu Hồi"));
            assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
            assertThat(report.reason()).isEqualTo(Reason.REVOKED);
        }
    }

    @Nested
    class input_that_is_not_a_signed_pdf {
        @Test
        void an_unsigned_pdf_is_indeterminate_with_no_signature() {
            VerificationReport report = fx.verifier().verify(fx.letter());
            assertThat(report.signatures()).isEmpty();
            assertThat(report.reason()).isEqualTo(Reason.NO_SIGNATURE);
            assertThat(report.reason().vietnamese()).isEqualTo("Tài liệu không có chữ ký số.");
            assertThat(report.exitCode()).isEqualTo(1);
        }

        @Test
        void bytes_that_are_not_a_pdf_throw_a_typed_exception() {
            assertThatThrownBy(() -> fx.verifier().verify(
                    "not a pdf".getBytes(StandardCharsets.US_ASCII)))
                    .isInstanceOf(VerificationException.class)
                    .hasMessage("Cannot verify the input: The input is not a PDF that parses "
                            + "strictly: no prefix ending at %%EOF has a valid cross-reference "
                            + "and trailer");
        }

        @Test
        void a_password_protected_pdf_is_refused_as_encrypted() throws Exception {
            Path out = fx.file("encrypted.pdf");
            try (var doc = org.apache.pdfbox.Loader.loadPDF(fx.letter().toFile())) {
                var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
                        "chu", "mat-khau", new org.apache.pdfbox.pdmodel.encryption
                                .AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
                doc.save(out.toFile());
            }
            assertThatThrownBy(() -> fx.verifier().verify(out))
                    .isInstanceOf(VerificationException.class)
                    .hasMessageEndingWith("The PDF cannot be opened without a password (or does "
                            + "not parse strictly); encrypted PDFs are not supported");
        }

        @Test
        void a_file_over_the_size_limit_is_refused() {
            assertThatThrownBy(() -> Verifier.builder().maxFileSize(10).build()
                    .verify(new byte[11]))
                    .isInstanceOf(VerificationException.class)
                    .hasMessage("The input has 11 bytes, more than the limit of 10");
        }

        @Test
        void a_bad_limit_names_the_parameter() {
            assertThatThrownBy(() -> Verifier.builder().maxRevisions(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("maxRevisions must be >= 1, was 0");
        }
    }
}
