// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanban.signing.PadesLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Hostile structures: cycles, too many revisions, odd numbers; bounded work, typed outcomes. */
class HostileInputTest {
    private final Fixtures fx = Fixtures.get();

    @Nested
    class cyclic_structures {
        @Test
        void a_page_tree_that_contains_itself_gives_a_report() {
            byte[] pdf = Attacks.incremental(fx.signedLetter(PadesLevel.B_B), doc -> {
                COSDictionary pages = doc.getDocumentCatalog().getCOSObject()
                        .getCOSDictionary(COSName.PAGES);
                pages.getCOSArray(COSName.KIDS).add(pages);
                Attacks.touch(pages);
            });
            VerificationReport report = fx.verifier().verify(pdf);
            assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
            assertThat(report.forbiddenChanges()).extracting(Change::kind)
                    .contains(ChangeKind.PAGE_CONTENT);
        }

        @Test
        void a_form_field_that_is_its_own_kid_gives_a_report() {
            byte[] pdf = Attacks.incremental(fx.signedLetter(PadesLevel.B_B), doc -> {
                var field = doc.getDocumentCatalog().getAcroForm().getField("ghi_chu");
                COSArray kids = new COSArray();
                kids.add(field.getCOSObject());
                field.getCOSObject().setItem(COSName.KIDS, kids);
                Attacks.touch(field.getCOSObject());
            });
            VerificationReport report = fx.verifier().verify(pdf);
            assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        }
    }

    @Nested
    class limits {
        @Test
        void more_revisions_than_allowed_are_refused() {
            byte[] pdf = fx.signedLetter(PadesLevel.B_B);
            for (int i = 0; i < 4; i++) {
                pdf = Attacks.appendRevision(pdf, Map.of(900L + i, "<< /N " + i + " >>"));
            }
            byte[] input = pdf;
            assertThatThrownBy(() -> Verifier.builder().maxRevisions(5).build().verify(input))
                    .isInstanceOf(VerificationException.class)
                    .hasMessage("Cannot verify the input: The PDF has more than 5 revisions");
            assertThat(Verifier.builder().maxRevisions(6).build().verify(input).revisions())
                    .isEqualTo(6);
        }

        @Test
        void an_unreferenced_object_in_a_later_revision_is_not_a_change() {
            byte[] pdf = Attacks.appendRevision(fx.signedLetter(PadesLevel.B_B),
                    Map.of(900L, "<< /Unused true >>"));
            VerificationReport report = fx.verifier().verify(pdf);
            assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
            assertThat(report.revisions()).isEqualTo(3);
        }
    }

    @Nested
    class odd_byte_ranges {
        private VerificationReport withByteRange(COSArray range) {
            byte[] pdf = Attacks.incremental(fx.signedLetter(PadesLevel.B_B), doc -> {
                COSDictionary sig = Attacks.signature(doc, 0);
                sig.setItem(COSName.BYTERANGE, range);
                sig.setNeedToBeUpdated(true);
            });
            return fx.verifier().verify(pdf);
        }

        @Test
        void negative_numbers_are_rejected() {
            COSArray range = new COSArray();
            for (long v : new long[] {0, -5, 100, 10}) {
                range.add(COSInteger.get(v));
            }
            VerificationReport report = withByteRange(range);
            assertThat(report.reason()).isEqualTo(Reason.BYTE_RANGE_INVALID);
        }

        @Test
        void real_numbers_are_rejected() {
            COSArray range = new COSArray();
            range.add(COSInteger.ZERO);
            range.add(new COSFloat(10.5f));
            range.add(COSInteger.get(20));
            range.add(COSInteger.get(30));
            VerificationReport report = withByteRange(range);
            assertThat(report.reason()).isEqualTo(Reason.BYTE_RANGE_INVALID);
            assertThat(report.signatures().get(0).byteRange()).containsExactly(0L, 20L, 30L);
        }

        @Test
        void a_range_beyond_the_end_of_the_file_is_rejected() {
            COSArray range = new COSArray();
            for (long v : new long[] {0, 10, 20, Integer.MAX_VALUE}) {
                range.add(COSInteger.get(v));
            }
            VerificationReport report = withByteRange(range);
            assertThat(report.reason()).isEqualTo(Reason.BYTE_RANGE_INVALID);
        }
    }

    @Nested
    class revision_markers {
        @Test
        void ends_include_the_end_of_line_after_each_eof_marker() {
            byte[] bytes = "%PDF-1.7\n%%EOF\r\nabc%%EOF".getBytes(StandardCharsets.US_ASCII);
            assertThat(new PdfRevisions(PdfBytes.of(bytes), 10).candidateEnds())
                    .containsExactly(16, 24);
        }

        @Test
        void too_many_markers_are_refused() {
            byte[] bytes = "%%EOF\n%%EOF\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
            assertThatThrownBy(() -> new PdfRevisions(PdfBytes.of(bytes), 2))
                    .isInstanceOf(VerificationException.class)
                    .hasMessage("The PDF has more than 2 %%EOF markers; refusing to analyse so "
                            + "many revisions");
        }
    }
}
