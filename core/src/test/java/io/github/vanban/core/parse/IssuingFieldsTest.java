// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.render.conformance.ConformanceDocuments;
import io.github.vanban.core.render.pdf.PdfFields;
import io.github.vanban.core.render.pdf.PdfRenderer;
import io.github.vanban.core.testing.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The number and day that the records office fills into the PDF's form fields at issuance
 * ({@link PdfFields}): the page text shows them blank, the reader takes them from the fields.
 */
class IssuingFieldsTest {
    private static final DocumentReader READER = DocumentReader.create();

    /** The seed letter as rendered: number and day blank, with the fields {@code vanban_number} and {@code vanban_day}. */
    private static final byte[] SEED = PdfRenderer.create().render(SampleDocuments.congVanLaiChau());

    @Nested
    class a_rendered_letter_filled_at_issuance {
        @Test
        void an_unfilled_letter_reads_with_the_number_and_day_blank() {
            IncomingDocument read = READER.read(SEED, "cv.pdf");

            assertThat(read.number().orElseThrow().value().number()).isEqualTo(DocumentNumber.unassigned("SKHCN-VP"));
            assertThat(read.date().orElseThrow().value()).isEqualTo(IssueDate.dayPending(YearMonth.of(2023, 4)));
            assertThat(read.notes()).isEmpty();
        }

        @Test
        void reads_the_number_and_day_filled_after_the_leader_signed() throws IOException {
            byte[] issued = fill(SignedPdfs.sign(SEED), Map.of(PdfFields.NUMBER, "15", PdfFields.DAY, "05"));

            IncomingDocument read = READER.read(issued, "cv-15.pdf");

            ExtractedField<NumberSymbol> number = read.number().orElseThrow();
            assertThat(number.value().number().number()).isEqualTo(OptionalInt.of(15));
            assertThat(number.value().number().symbol()).isEqualTo("SKHCN-VP");
            assertThat(number.span().of(read.text())).startsWith("Số:").endsWith("/SKHCN-VP");
            assertThat(number.confidence()).isEqualTo(1.0);
            ExtractedField<IssueDate> date = read.date().orElseThrow();
            assertThat(date.value()).isEqualTo(IssueDate.of(LocalDate.of(2023, 4, 5)));
            assertThat(date.span().of(read.text())).startsWith(", ngày").endsWith("năm 2023");
            assertThat(date.confidence()).isEqualTo(1.0);
            assertThat(read.notes()).isEmpty();
        }

        @Test
        void reads_a_whole_date_filled_into_day_month_and_year() throws IOException {
            byte[] pdf = PdfRenderer.create().render(
                    SampleDocuments.congVanLaiChau().toBuilder().date(IssueDate.pending()).build());
            assertThat(READER.read(pdf, "cv.pdf").date().orElseThrow().value()).isEqualTo(IssueDate.pending());

            byte[] issued = fill(pdf, Map.of(PdfFields.NUMBER, "07", PdfFields.DAY, "29",
                    PdfFields.MONTH, "02", PdfFields.YEAR, "2024"));

            IncomingDocument read = READER.read(issued, "cv-07.pdf");
            assertThat(read.number().orElseThrow().value().number().number()).isEqualTo(OptionalInt.of(7));
            assertThat(read.date().orElseThrow().value()).isEqualTo(IssueDate.of(LocalDate.of(2024, 2, 29)));
            assertThat(read.date().orElseThrow().confidence()).isEqualTo(1.0);
        }

        @Test
        void a_filled_month_and_year_without_the_day_leave_the_day_pending() throws IOException {
            byte[] pdf = PdfRenderer.create().render(
                    SampleDocuments.congVanLaiChau().toBuilder().date(IssueDate.pending()).build());

            IncomingDocument read = READER.read(fill(pdf, Map.of(PdfFields.MONTH, "3", PdfFields.YEAR, "2024")), "cv.pdf");

            assertThat(read.date().orElseThrow().value()).isEqualTo(IssueDate.dayPending(YearMonth.of(2024, 3)));
            assertThat(read.date().orElseThrow().confidence()).isEqualTo(0.9);
        }
    }

    @Nested
    class values_that_are_not_an_issuance {
        @Test
        void a_number_field_holding_words_is_ignored_and_noted() throws IOException {
            IncomingDocument read = READER.read(fill(SEED, Map.of(PdfFields.NUMBER, "mười lăm")), "cv.pdf");

            assertThat(read.number().orElseThrow().value().number().number()).isEmpty();
            assertThat(read.notes()).containsExactly(
                    "the form field vanban_number holds \"mười lăm\", not a document number; it is ignored");
        }

        @Test
        void a_day_that_april_does_not_have_is_ignored_and_noted() throws IOException {
            IncomingDocument read = READER.read(fill(SEED, Map.of(PdfFields.DAY, "31")), "cv.pdf");

            assertThat(read.date().orElseThrow().value()).isEqualTo(IssueDate.dayPending(YearMonth.of(2023, 4)));
            assertThat(read.notes()).containsExactly("the date parts filled into the form fields make no calendar date:"
                    + " Invalid date 'APRIL 31'; the printed date is kept");
        }

        @Test
        void a_day_field_holding_a_value_too_long_for_a_date_part_is_not_read() throws IOException {
            IncomingDocument read = READER.read(fill(SEED, Map.of(PdfFields.DAY, "5".repeat(10_000))), "cv.pdf");

            assertThat(read.date().orElseThrow().value()).isEqualTo(IssueDate.dayPending(YearMonth.of(2023, 4)));
            assertThat(read.notes()).isEmpty();
        }

        @Test
        void a_form_with_more_fields_than_any_letter_is_read_only_up_to_the_bound() throws IOException {
            byte[] crowded = addTextFields(SEED, PdfFormFields.MAX_FIELDS, "filler", "1");
            byte[] beyond = addTextFields(crowded, 1, PdfFields.NUMBER, "15");

            IncomingDocument read = READER.read(beyond, "cv.pdf");

            assertThat(read.number().orElseThrow().value().number().number()).isEmpty();
            assertThat(READER.read(addTextFields(SEED, 1, PdfFields.NUMBER, "15"), "cv.pdf")
                    .number().orElseThrow().value().number().number()).isEqualTo(OptionalInt.of(15));
        }

        @Test
        void a_number_field_contradicting_the_printed_number_keeps_the_printed_one_with_low_confidence()
                throws IOException {
            AdministrativeDocument quyetDinh = ConformanceDocuments.quyetDinh();
            byte[] pdf = addTextFields(PdfRenderer.create().render(quyetDinh), 1, PdfFields.NUMBER, "6");

            IncomingDocument read = READER.read(pdf, "qd.pdf");

            assertThat(read.number().orElseThrow().value().number()).isEqualTo(quyetDinh.number());
            assertThat(read.number().orElseThrow().confidence()).isEqualTo(0.5);
            assertThat(read.notes()).containsExactly(
                    "the page prints number 5 but the form field vanban_number holds 6; the printed number is kept");
        }

        @Test
        void plain_text_with_the_same_words_has_no_fields_to_fill_it() {
            IncomingDocument read = READER.readText(READER.read(SEED, "cv.pdf").text());

            assertThat(read.number().orElseThrow().value().number().number()).isEmpty();
        }
    }

    /**
     * Sets the /V of the named fields, as the records office's tool does at issuance, in an
     * incremental update so that an earlier signature stays intact.
     */
    static byte[] fill(byte[] pdf, Map<String, String> values) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            for (Map.Entry<String, String> e : values.entrySet()) {
                PDField field = form.getField(e.getKey());
                assertThat(field).as("field %s in the rendered PDF", e.getKey()).isNotNull();
                field.getCOSObject().setString(COSName.V, e.getValue());
                field.getCOSObject().setNeedToBeUpdated(true);
            }
            form.getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /**
     * Adds {@code count} filled top-level text fields named {@code name} to the end of a PDF's
     * form, as another tool might.
     */
    private static byte[] addTextFields(byte[] pdf, int count, String name, String value) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSDictionary form = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.ACRO_FORM);
            COSArray fields = form.getCOSArray(COSName.FIELDS);
            for (int i = 0; i < count; i++) {
                COSDictionary field = new COSDictionary();
                field.setItem(COSName.FT, COSName.getPDFName("Tx"));
                field.setString(COSName.T, name);
                field.setString(COSName.V, value);
                fields.add(field);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
