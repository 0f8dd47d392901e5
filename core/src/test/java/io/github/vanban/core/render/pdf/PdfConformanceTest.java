// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.Appendix;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.DocumentType;
import io.github.vanban.core.render.PageProfile;
import io.github.vanban.core.render.conformance.ConformanceDocuments;
import io.github.vanban.core.render.conformance.LayoutConformance;
import io.github.vanban.core.render.conformance.Violation;
import io.github.vanban.core.testing.SampleDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PDF renderer's pages measured against the Decree 30 layout by the same checker that judges
 * the DOCX renderer through LibreOffice ({@link LayoutConformance}): positions, sizes, styles,
 * alignment, rules and page numbers.
 */
class PdfConformanceTest {
    /** Margins and sizes away from the defaults, within the ranges Appendix I allows. */
    static final PageProfile WIDE_MARGINS = PageProfile.builder()
            .marginTopMm(25).marginBottomMm(25).marginLeftMm(35).marginRightMm(20)
            .nationalTitleSize(12).mottoSize(13).authoritySize(12).placeDateSize(13).typeNameSize(13)
            .subjectSize(13).vvSize(13).bodySize(13).kinhGuiSize(13).signerSize(13).contactSize(12)
            .build();

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("cong-van-lai-chau", SampleDocuments.congVanLaiChau(), PageProfile.defaults()),
                Arguments.of("quyet-dinh", ConformanceDocuments.quyetDinh(), PageProfile.defaults()),
                Arguments.of("ke-hoach-phu-luc", ConformanceDocuments.keHoachWithAppendices(), PageProfile.defaults()),
                Arguments.of("ke-hoach-phu-luc-wide-margins", ConformanceDocuments.keHoachWithAppendices(), WIDE_MARGINS),
                Arguments.of("ke-hoach-phu-luc-tep-rieng", ConformanceDocuments.keHoachAppendicesOnly(),
                        PageProfile.defaults()),
                Arguments.of("quy-che-tep-rieng", issuedRegulationAlone(), PageProfile.defaults()));
    }

    /**
     * The decision's issued Quy chế as a file of its own (the electronic variant of form 1.3): the
     * issued document's header, its type name and subject, the reference line with blank number
     * and date.
     */
    static AdministrativeDocument issuedRegulationAlone() {
        return ConformanceDocuments.quyetDinh().toBuilder().appendices(List.of(Appendix.issuedDocument(
                DocumentType.QUY_CHE, "Làm việc của Tổ công tác", List.of(
                        new BodyBlock.Paragraph("Tổ công tác làm việc theo chế độ tập thể, đề cao trách nhiệm "
                                + "của người đứng đầu."))))).appendicesOnly(true).build();
    }

    @Nested
    class the_checks_of_a_file_of_appendices_only {
        @Test
        void report_the_main_document_printed_before_them(@TempDir Path dir) throws IOException {
            Path pdf = Files.write(dir.resolve("ke-hoach.pdf"),
                    PdfRenderer.create().render(ConformanceDocuments.keHoachWithAppendices()));

            assertThat(LayoutConformance.check(pdf, ConformanceDocuments.keHoachAppendicesOnly(),
                    PageProfile.defaults())).extracting(Violation::toString).contains(
                            "[appendices-only p.1] a file of appendices only shows \"Số: 12/KH-SNV\" of the main "
                                    + "document",
                            "[appendices-only p.1] a file of appendices only shows \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT "
                                    + "NAM\" of the main document");
        }
    }

    @Nested
    class every_sample_document {
        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.vanban.core.render.pdf.PdfConformanceTest#documents")
        void is_laid_out_as_decree_30_prescribes(String name, AdministrativeDocument document, PageProfile profile,
                @TempDir Path dir) throws IOException {
            PdfRenderer renderer = PdfRenderer.create(PdfRenderOptions.builder().profile(profile).build());
            Path pdf = Files.write(dir.resolve(name + ".pdf"), renderer.render(document));

            LayoutConformance.assertConforms(pdf, document, profile);
        }
    }
}
