// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.signing.PadesLevel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Builds each published PDF signature attack (pdf-insecurity.org: Mladenov et al. CCS 2019,
 * Mainka et al. NDSS 2021, Rohlmann et al. IEEE S&amp;P 2021) against files signed with the
 * project's signer and the test PKI, and shows that none is reported VALID and why.
 */
class AttackTest {
    private final Fixtures fx = Fixtures.get();

    /** Verifies from memory and from a file, asserting both give the same report. */
    private VerificationReport verify(byte[] pdf) {
        return BothWays.verify(fx.verifier(), pdf);
    }

    /** Asserts the attack is caught: document not VALID, and the reason named. */
    private static void caught(VerificationReport report, Reason reason) {
        assertThat(report.verdict()).as(report.toText()).isNotEqualTo(Verdict.VALID);
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.reason()).as(report.toText()).isEqualTo(reason);
    }

    /** Verifies {@code pdf} and asserts a forbidden change of {@code kind} invalidated it. */
    private VerificationReport modified(byte[] pdf, ChangeKind kind) {
        VerificationReport report = verify(pdf);
        caught(report, Reason.DOCUMENT_MODIFIED);
        forbidden(report, kind);
        return report;
    }

    private static void forbidden(VerificationReport report, ChangeKind kind) {
        assertThat(report.forbiddenChanges()).as(report.toText()).extracting(Change::kind)
                .contains(kind);
    }

    private byte[] signed() {
        return fx.signedLetter(PadesLevel.B_B);
    }

    @Test
    void the_unattacked_base_file_is_valid() {
        assertThat(verify(signed()).verdict()).isEqualTo(Verdict.VALID);
    }

    @Nested
    class universal_signature_forgery {
        private byte[] editSignature(Attacks.Edit edit) {
            return Attacks.incremental(signed(), doc -> {
                edit.apply(doc);
                Attacks.signature(doc, 0).setNeedToBeUpdated(true);
            });
        }

        @Test
        void missing_contents_is_invalid() {
            byte[] pdf = editSignature(
                    doc -> Attacks.signature(doc, 0).removeItem(COSName.CONTENTS));
            caught(verify(pdf), Reason.FORMAT_FAILURE);
        }

        @Test
        void empty_contents_is_invalid() {
            byte[] pdf = editSignature(doc -> Attacks.signature(doc, 0)
                    .setItem(COSName.CONTENTS, new COSString(new byte[0])));
            caught(verify(pdf), Reason.FORMAT_FAILURE);
        }

        @Test
        void contents_zeroed_in_place_is_invalid() {
            byte[] pdf = signed();
            int[] br = Attacks.byteRange(pdf, 0);
            Arrays.fill(pdf, br[1] + 1, br[2] - 1, (byte) '0');
            VerificationReport report = verify(pdf);
            caught(report, Reason.FORMAT_FAILURE);
            assertThat(report.signatures().get(0).failedChecks()).extracting(Check::name)
                    .containsExactly("cms-structure");
        }

        @Test
        void missing_byte_range_is_invalid() {
            byte[] pdf = editSignature(
                    doc -> Attacks.signature(doc, 0).removeItem(COSName.BYTERANGE));
            VerificationReport report = verify(pdf);
            caught(report, Reason.BYTE_RANGE_INVALID);
            assertThat(report.signatures().get(0).failedChecks().get(0).detail()).isEqualTo(
                    "/ByteRange must be an array of exactly four integers, found none");
        }

        @Test
        void null_byte_range_is_invalid() {
            byte[] pdf = editSignature(doc -> Attacks.signature(doc, 0)
                    .setItem(COSName.BYTERANGE, COSNull.NULL));
            caught(verify(pdf), Reason.BYTE_RANGE_INVALID);
        }

        @Test
        void overlapping_byte_range_is_invalid() {
            byte[] pdf = editSignature(doc -> {
                int[] br = Attacks.signature(doc, 0).getCOSArray(COSName.BYTERANGE)
                        .toCOSNumberIntegerList().stream().mapToInt(Integer::intValue).toArray();
                COSArray overlapping = new COSArray();
                for (long v : new long[] {0, br[1], br[1] / 2, br[2] + br[3] - br[1] / 2}) {
                    overlapping.add(COSInteger.get(v));
                }
                Attacks.signature(doc, 0).setItem(COSName.BYTERANGE, overlapping);
            });
            caught(verify(pdf), Reason.BYTE_RANGE_INVALID);
        }

        @Test
        void a_byte_range_not_ending_at_a_revision_end_is_invalid() {
            byte[] pdf = editSignature(doc -> {
                COSArray br = Attacks.signature(doc, 0).getCOSArray(COSName.BYTERANGE);
                br.set(3, COSInteger.get(((COSInteger) br.getObject(3)).longValue() - 10));
            });
            caught(verify(pdf), Reason.BYTE_RANGE_INVALID);
        }
    }

    @Nested
    class signature_wrapping {
        @Test
        void unsigned_data_smuggled_into_the_contents_gap_is_invalid() {
            byte[] pdf = signed();
            int[] br = Attacks.byteRange(pdf, 0);
            String gap = new String(pdf, br[1], br[2] - br[1], StandardCharsets.ISO_8859_1);
            byte[] value = HexFormat.of().parseHex(gap.substring(1, gap.length() - 1));
            int derLength;
            try (ASN1InputStream in = new ASN1InputStream(value)) {
                derLength = in.readObject().getEncoded().length;
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            StringBuilder forged = new StringBuilder("<")
                    .append(gap, 1, 1 + 2 * derLength).append("> /Smuggled <");
            while (forged.length() < gap.length() - 1) {
                forged.append('A');
            }
            forged.append('>');
            byte[] replacement = forged.toString().getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(replacement, 0, pdf, br[1], replacement.length);
            VerificationReport report = verify(pdf);
            caught(report, Reason.SIGNATURE_WRAPPING);
            assertThat(report.signatures().get(0).failedChecks().get(0).detail())
                    .startsWith("The gap holds a non-hex byte near offset");
        }

        @Test
        void a_byte_range_rewritten_to_move_the_gap_is_invalid() {
            byte[] pdf = signed();
            int[] br = Attacks.byteRange(pdf, 0);
            String old = br[0] + " " + br[1] + " " + br[2] + " " + br[3];
            String moved = br[0] + " " + (br[1] + 64) + " " + (br[2] + 64) + " " + (br[3] - 64);
            int at = Attacks.find(pdf, old).get(0);
            assertThat(moved).hasSameSizeAs(old);
            System.arraycopy(moved.getBytes(StandardCharsets.US_ASCII), 0, pdf, at, moved.length());
            VerificationReport report = verify(pdf);
            assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
            assertThat(report.reason()).isIn(Reason.SIGNATURE_WRAPPING, Reason.BYTE_RANGE_INVALID);
        }
    }

    @Nested
    class changed_bytes {
        @Test
        void bytes_appended_after_the_last_eof_are_a_forbidden_change() {
            byte[] pdf = Attacks.concat(signed(), "1 0 obj\n<< /Type /Catalog /Pages 2 0 R "
                    + "/OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>\nendobj\n");
            VerificationReport report = modified(pdf, ChangeKind.HIDDEN_DATA);
            assertThat(report.signatures().get(0).reason()).isEqualTo(Reason.DOCUMENT_MODIFIED);
        }

        @Test
        void trailing_whitespace_after_the_last_eof_is_harmless() {
            VerificationReport report = verify(Attacks.concat(signed(), "\r\n  \n"));
            assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
        }

        @Test
        void a_flipped_bit_in_the_signature_value_is_invalid() throws Exception {
            byte[] pdf = signed();
            int[] br = Attacks.byteRange(pdf, 0);
            String gap = new String(pdf, br[1] + 1, br[2] - br[1] - 2, StandardCharsets.ISO_8859_1);
            CMSSignedData cms;
            try (ASN1InputStream in = new ASN1InputStream(HexFormat.of().parseHex(gap))) {
                cms = new CMSSignedData(in.readObject().getEncoded());
            }
            byte[] value = cms.getSignerInfos().getSigners().iterator().next().getSignature();
            int at = gap.toUpperCase().indexOf(HexFormat.of().withUpperCase().formatHex(value));
            assertThat(at).isPositive();
            int pos = br[1] + 1 + at + 10;
            pdf[pos] = (byte) (pdf[pos] == '0' ? '1' : '0');
            VerificationReport report = verify(pdf);
            caught(report, Reason.SIG_CRYPTO_FAILURE);
        }

        @Test
        void a_flipped_bit_in_the_signed_bytes_is_a_hash_failure() {
            byte[] pdf = signed();
            // Line 2 is the binary comment "%âãÏÓ": flipping a bit there keeps the file parsable.
            assertThat(pdf[9]).isEqualTo((byte) '%');
            pdf[11] ^= 0x01;
            VerificationReport report = verify(pdf);
            caught(report, Reason.HASH_FAILURE);
        }
    }

    @Nested
    class incremental_saving {
        /** {@code base}, then a raw redefinition of its page content object, then {@code tail}. */
        private byte[] forgedContent(byte[] base, String tail) {
            return Attacks.concat(base, Attacks.pageContentObject(base) + " 0 obj\n"
                    + Attacks.textStream("Chi 99.000.000 dong") + "\nendobj\n" + tail);
        }

        @Test
        void new_page_content_in_a_pdfbox_incremental_update_is_a_forbidden_change() {
            byte[] pdf = Attacks.incremental(signed(), doc -> {
                PDPage page = doc.getPage(0);
                PDStream stream = new PDStream(doc);
                try (OutputStream out = stream.createOutputStream()) {
                    out.write("BT /F9 14 Tf 72 640 Td (Chi 99.000.000 dong) Tj ET"
                            .getBytes(StandardCharsets.US_ASCII));
                }
                page.setContents(stream);
                Attacks.touch(page.getCOSObject());
            });
            modified(pdf, ChangeKind.PAGE_CONTENT);
        }

        @Test
        void a_content_stream_redefined_in_a_hand_written_update_is_a_forbidden_change() {
            byte[] base = signed();
            long content = Attacks.pageContentObject(base);
            byte[] pdf = Attacks.appendRevision(base,
                    Map.of(content, Attacks.textStream("Chi 99.000.000 dong")));
            VerificationReport report = modified(pdf, ChangeKind.OBJECT_MODIFIED);
            assertThat(report.revisions()).isEqualTo(3);
        }

        @Test
        void an_update_whose_startxref_points_back_to_the_signed_xref_is_hidden_data() {
            byte[] base = signed();
            long oldXref;
            try (PDDocument doc = Loader.loadPDF(base)) {
                oldXref = doc.getDocument().getStartXref();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            modified(forgedContent(base, "startxref\n" + oldXref + "\n%%EOF\n"),
                    ChangeKind.HIDDEN_DATA);
        }

        @Test
        void an_object_body_left_out_of_its_update_xref_is_hidden_data() {
            byte[] base = signed();
            long content = Attacks.pageContentObject(base);
            byte[] pdf = Attacks.appendRevision(forgedContent(base, ""),
                    Map.of(900L, "<< /Harmless true >>"));
            VerificationReport report = modified(pdf, ChangeKind.HIDDEN_DATA);
            assertThat(report.forbiddenChanges()).extracting(Change::detail).anyMatch(d ->
                    d.startsWith("Object " + content + " 0 R is defined at offset ")
                            && d.endsWith("but its cross-reference does not point there"));
        }

        @Test
        void an_object_appended_without_xref_or_trailer_is_hidden_data() {
            caught(verify(forgedContent(signed(), "")), Reason.DOCUMENT_MODIFIED);
        }

        @Test
        void an_update_that_drops_the_signature_from_the_form_is_a_forbidden_change() {
            byte[] pdf = Attacks.incremental(signed(), doc -> {
                var form = doc.getDocumentCatalog().getAcroForm();
                form.getCOSObject().setItem(COSName.FIELDS, new COSArray());
                Attacks.touch(form.getCOSObject(), doc.getDocumentCatalog().getCOSObject());
            });
            VerificationReport report = verify(pdf);
            assertThat(report.signatures()).hasSize(1);
            caught(report, Reason.DOCUMENT_MODIFIED);
            assertThat(report.signatures().get(0).failedChecks()).extracting(Check::name)
                    .contains("present-in-final-revision");
        }

        @Test
        void a_changed_reason_in_the_signature_dictionary_is_a_forbidden_change() {
            byte[] pdf = Attacks.incremental(signed(), doc -> {
                COSDictionary sig = Attacks.signature(doc, 0);
                sig.setString(COSName.REASON, "Phê duyệt chi 99.000.000 đồng");
                sig.setNeedToBeUpdated(true);
            });
            modified(pdf, ChangeKind.SIGNATURE_DICTIONARY_MODIFIED);
        }
    }

    @Nested
    class shadow_attacks {
        @Test
        void hide_an_overlay_xobject_made_empty_after_signing_is_a_forbidden_change() {
            byte[] base = Attacks.read(fx.sign(fx.letter((doc, page, form, font) -> {
                PDFormXObject cover = new PDFormXObject(doc);
                cover.setBBox(new PDRectangle(0, 0, 400, 30));
                try (var cs = new org.apache.pdfbox.pdmodel.PDFormContentStream(cover)) {
                    cs.setNonStrokingColor(1f, 1f, 1f);
                    cs.addRect(0, 0, 400, 30);
                    cs.fill();
                }
                try (PDPageContentStream cs = new PDPageContentStream(doc, page,
                        PDPageContentStream.AppendMode.APPEND, false)) {
                    cs.beginText();
                    cs.setFont(font, 14);
                    cs.newLineAtOffset(72, 620);
                    cs.showText("Kết luận: TỪ CHỐI cấp kinh phí.");
                    cs.endText();
                    cs.saveGraphicsState();
                    cs.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance(70, 612));
                    cs.drawForm(cover);
                    cs.restoreGraphicsState();
                }
            }), PadesLevel.B_B));
            long cover;
            try (PDDocument doc = Loader.loadPDF(base)) {
                COSDictionary xobjects = doc.getPage(0).getResources().getCOSObject()
                        .getCOSDictionary(COSName.XOBJECT);
                cover = ((COSObject) xobjects.getItem(xobjects.keySet().iterator().next()))
                        .getKey().getNumber();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            byte[] pdf = Attacks.appendRevision(base, Map.of(cover,
                    "<< /Type /XObject /Subtype /Form /BBox [0 0 400 30] /Length 0 >>\nstream\n"
                            + "\nendstream"));
            modified(pdf, ChangeKind.OBJECT_MODIFIED);
        }

        @Test
        void hide_an_overlay_annotation_removed_after_signing_is_a_forbidden_change() {
            byte[] base = Attacks.read(fx.sign(fx.letter((doc, page, form, font) -> {
                var square = new PDAnnotationSquare();
                square.setRectangle(Fixtures.AMOUNT_AREA);
                square.setPrinted(true);
                page.getAnnotations().add(square);
            }), PadesLevel.B_B));
            byte[] pdf = Attacks.incremental(base, doc -> {
                PDPage page = doc.getPage(0);
                var kept = page.getAnnotations();
                kept.removeIf(a -> "Square".equals(a.getSubtype()));
                page.setAnnotations(kept);
                Attacks.touch(page.getCOSObject());
            });
            modified(pdf, ChangeKind.ANNOTATION);
        }

        @Test
        void replace_by_filling_a_field_that_covers_signed_text_is_a_forbidden_change() {
            byte[] base = Attacks.read(fx.sign(fx.letter((doc, page, form, font) ->
                    Fixtures.textField(form, page, "so_tien", Fixtures.AMOUNT_AREA)),
                    PadesLevel.B_B));
            byte[] pdf = Attacks.incremental(base, doc -> {
                PDTextField field = (PDTextField) doc.getDocumentCatalog().getAcroForm()
                        .getField("so_tien");
                field.setValue("So tien tam ung: 99.000.000 dong.");
                Attacks.touch(field.getCOSObject());
            });
            VerificationReport report = verify(pdf);
            caught(report, Reason.DOCUMENT_MODIFIED);
            assertThat(report.forbiddenChanges()).as(report.toText())
                    .anyMatch(c -> c.kind() == ChangeKind.FORM_FIELD_FILLED
                            && c.detail().endsWith(
                                    "covers text of the signed page (shadow attack)"));
        }

        @Test
        void replace_by_overwriting_the_font_after_signing_is_a_forbidden_change() {
            byte[] pdf = Attacks.incremental(signed(), doc -> {
                COSDictionary fonts = doc.getPage(0).getResources().getCOSObject()
                        .getCOSDictionary(COSName.FONT);
                COSDictionary font = fonts.getCOSDictionary(fonts.keySet().iterator().next());
                font.setItem(COSName.ENCODING, COSName.getPDFName("Identity-V"));
                Attacks.touch(font);
            });
            modified(pdf, ChangeKind.OBJECT_MODIFIED);
        }

        @Test
        void hide_and_replace_by_swapping_the_page_contents_reference_is_a_forbidden_change() {
            byte[] base = Attacks.read(fx.sign(fx.letter((doc, page, form, font) -> {
                PDFormXObject alt = new PDFormXObject(doc);
                alt.setBBox(PDRectangle.A4);
                alt.setResources(new org.apache.pdfbox.pdmodel.PDResources());
                try (var cs = new org.apache.pdfbox.pdmodel.PDFormContentStream(alt)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    cs.newLineAtOffset(72, 676);
                    cs.showText("So tien tam ung: 99.000.000 dong.");
                    cs.endText();
                }
                page.getResources().add(alt);
            }), PadesLevel.B_B));
            byte[] pdf = Attacks.incremental(base, doc -> {
                PDPage page = doc.getPage(0);
                COSDictionary xobjects = page.getResources().getCOSObject()
                        .getCOSDictionary(COSName.XOBJECT);
                COSStream alt = (COSStream) xobjects.getDictionaryObject(
                        xobjects.keySet().iterator().next());
                page.getCOSObject().setItem(COSName.CONTENTS, alt);
                Attacks.touch(page.getCOSObject());
            });
            modified(pdf, ChangeKind.PAGE_CONTENT);
        }
    }

    @Nested
    class certification_attacks {
        private java.nio.file.Path input(byte[] pdf) {
            return Attacks.write(fx.file("in.pdf"), pdf);
        }

        /** {@code certified}, then an approval signature by the organisation. */
        private byte[] approvedAfter(byte[] certified) {
            return Attacks.read(fx.sign(input(certified), PadesLevel.B_B, fx.pki.organisation(),
                    "chu_ky_2"));
        }

        private byte[] certified(int p) {
            return TestSigner.certify(Attacks.read(fx.letter()), fx.pki.leader(), p);
        }

        @Test
        void a_certified_document_is_valid_and_reports_its_docmdp_level() {
            VerificationReport report = verify(certified(2));
            assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
            SignatureReport sig = report.signatures().get(0);
            assertThat(sig.kind()).isEqualTo(SignatureKind.CERTIFICATION);
            assertThat(sig.docMdpPermission()).contains(2);
        }

        @Test
        void an_approval_signature_after_a_p2_certification_is_permitted() {
            VerificationReport report = verify(approvedAfter(certified(2)));
            assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
            assertThat(report.signatures()).hasSize(2).allMatch(SignatureReport::isValid);
        }

        @Test
        void an_approval_signature_after_a_p1_certification_is_forbidden() {
            VerificationReport report = verify(approvedAfter(certified(1)));
            caught(report, Reason.DOCUMENT_MODIFIED);
            assertThat(report.signatures().get(0).reason()).isEqualTo(Reason.DOCUMENT_MODIFIED);
            assertThat(report.forbiddenChanges()).as(report.toText())
                    .anyMatch(c -> c.detail().endsWith("(forbidden by the certification "
                            + "signature, DocMDP P=1)"));
        }

        @Test
        void a_document_time_stamp_after_a_p1_certification_is_permitted() {
            byte[] pdf = Attacks.read(fx.extend(input(certified(1)), PadesLevel.B_T));
            VerificationReport report = verify(pdf);
            assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
            assertThat(report.changes()).extracting(Change::kind)
                    .containsOnly(ChangeKind.DOCUMENT_TIMESTAMP_ADDED);
            assertThat(report.signatures().get(0).level()).contains(PadesLevel.B_T);
        }

        private byte[] evilAnnotation(byte[] certified) {
            return Attacks.incremental(certified, doc -> {
                PDPage page = doc.getPage(0);
                PDAnnotationFreeText note = new PDAnnotationFreeText();
                note.setRectangle(Fixtures.AMOUNT_AREA);
                note.setContents("Số tiền tạm ứng: 99.000.000 đồng.");
                note.setPrinted(true);
                page.getAnnotations().add(note);
                Attacks.touch(page.getCOSObject());
            });
        }

        @Test
        void evil_annotation_on_a_p2_certified_document_is_forbidden() {
            VerificationReport report = verify(evilAnnotation(certified(2)));
            caught(report, Reason.DOCUMENT_MODIFIED);
            forbidden(report, ChangeKind.ANNOTATION);
        }

        @Test
        void evil_annotation_on_a_p3_certified_document_is_forbidden_by_the_strict_policy() {
            VerificationReport report = verify(evilAnnotation(certified(3)));
            caught(report, Reason.DOCUMENT_MODIFIED);
            forbidden(report, ChangeKind.ANNOTATION);
        }

        @Test
        void sneaky_signature_field_without_a_signature_is_forbidden() {
            byte[] pdf = Attacks.incremental(certified(2), doc -> {
                PDPage page = doc.getPage(0);
                var form = doc.getDocumentCatalog().getAcroForm();
                PDSignatureField field = new PDSignatureField(form);
                field.setPartialName("sneaky");
                PDAnnotationWidget widget = field.getWidgets().get(0);
                TestSigner.draw(doc, widget, new TestSigner.Options(List.of(), null, "sneaky", 0,
                        java.util.Optional.of("So tien: 99.000.000 dong"), Fixtures.AMOUNT_AREA));
                widget.setPage(page);
                page.getAnnotations().add(widget);
                form.getFields().add(field);
                Attacks.touch(page.getCOSObject(), form.getCOSObject(),
                        doc.getDocumentCatalog().getCOSObject());
            });
            modified(pdf, ChangeKind.SIGNATURE_ADDED);
        }

        @Test
        void sneaky_signature_signed_with_an_untrusted_key_leaves_nothing_valid() {
            TestSigner.Options o = TestSigner.of(TestSigner.selfSigned("CN=Kẻ tấn công,C=VN"),
                    "sneaky");
            byte[] pdf = TestSigner.sign(certified(2), new TestSigner.Options(o.chain(), o.key(),
                    "sneaky", 0, java.util.Optional.of("So tien: 99.000.000 dong"),
                    new PDRectangle(72, 300, 300, 24)));
            VerificationReport report = verify(pdf);
            assertThat(report.verdict()).isEqualTo(Verdict.INDETERMINATE);
            assertThat(report.signatures().get(0).reason()).as(report.toText())
                    .isEqualTo(Reason.CHANGED_BY_UNTRUSTED_SIGNATURE);
            assertThat(report.signatures().get(1).reason())
                    .isEqualTo(Reason.NO_CERTIFICATE_CHAIN_FOUND);
            assertThat(report.forbiddenChanges()).extracting(Change::detail).contains(
                    "Signature 'sneaky' was added, but that signature does not lead to a trust "
                            + "anchor");
        }

        @Test
        void sneaky_signature_by_a_trusted_signer_drawn_over_signed_text_is_forbidden() {
            TestSigner.Options o = TestSigner.of(fx.pki.organisation(), "sneaky");
            byte[] pdf = TestSigner.sign(certified(2), new TestSigner.Options(o.chain(), o.key(),
                    "sneaky", 0, java.util.Optional.of("So tien: 99.000.000 dong"),
                    Fixtures.AMOUNT_AREA));
            VerificationReport report = verify(pdf);
            caught(report, Reason.DOCUMENT_MODIFIED);
            assertThat(report.forbiddenChanges()).as(report.toText()).anyMatch(c ->
                    c.detail().endsWith("hides text of the signed page"));
        }

        @Test
        void a_visible_signature_by_a_trusted_signer_in_an_empty_area_is_permitted() {
            TestSigner.Options o = TestSigner.of(fx.pki.organisation(), "chu_ky_2");
            byte[] pdf = TestSigner.sign(certified(2), new TestSigner.Options(o.chain(), o.key(),
                    "chu_ky_2", 0, java.util.Optional.of("Da ky"),
                    new PDRectangle(72, 300, 200, 24)));
            VerificationReport report = verify(pdf);
            assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
        }
    }

}
