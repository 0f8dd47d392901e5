// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.parse;

import io.github.vanban.core.testing.CallerStreams;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.Confidentiality;
import io.github.vanban.core.model.Delegation;
import io.github.vanban.core.model.Distribution;
import io.github.vanban.core.model.DistributionEntry;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.DocumentType;
import io.github.vanban.core.model.DrafterCode;
import io.github.vanban.core.model.FileCopy;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.model.SignatureBlock;
import io.github.vanban.core.model.SigningCapacity;
import io.github.vanban.core.model.Urgency;
import io.github.vanban.core.parse.DocumentReadException.Reason;
import io.github.vanban.core.testing.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentReaderTest {
    /** One reader for all tests, as applications share it; also exercises its thread-safety. */
    private static final DocumentReader READER = DocumentReader.create();

    /** A hang guard only, far above any real parse; speed is measured by JMH elsewhere. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    static Path fixture(String name) {
        try {
            return Path.of(DocumentReaderTest.class.getResource("/intake/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T value(Optional<ExtractedField<T>> field, String name) {
        assertThat(field).as(name + " found").isPresent();
        return field.get().value();
    }

    static String spanned(IncomingDocument d, Optional<? extends ExtractedField<?>> field) {
        assertThat(field).isPresent();
        return field.get().span().of(d.text()).replaceAll("\\s+", " ");
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Letters_made_by_other_tools {
        private final Map<String, Path> files = new HashMap<>();

        @BeforeAll
        void convert_every_fixture_with_libre_office(@TempDir Path converted) throws Exception {
            List<Path> sources = new ArrayList<>();
            for (String name : List.of("cong-van-lai-chau.txt", "quyet-dinh-ubnd-bac-kan.fodt", "to-trinh-so-tu-phap.fodt",
                    "bao-cao-so-gddt.fodt", "giay-moi-bo-noi-vu.txt", "thong-bao-hoa-toc-nfd.txt",
                    "cong-van-cv-muong-te.txt")) {
                Path source = fixture(name);
                sources.add(source);
                if (name.endsWith(".txt")) {
                    files.put(stem(name) + ".txt", source);
                }
            }
            for (String format : List.of("docx", "doc", "pdf", "odt")) {
                for (Path out : LibreOffice.convert(sources, format, converted)) {
                    files.put(out.getFileName().toString(), out);
                }
            }
        }

        private String stem(String name) {
            return name.substring(0, name.lastIndexOf('.'));
        }

        private IncomingDocument read(String name, String format) {
            Path file = files.get(name + "." + format);
            assertThat(file).as(name + "." + format).isNotNull();
            IncomingDocument d = assertTimeoutPreemptively(HANG_GUARD, () -> READER.read(file));
            assertThat(d.textStatus()).isEqualTo(TextStatus.EXTRACTED);
            return d;
        }

        @ParameterizedTest(name = "as {0}")
        @ValueSource(strings = {"txt", "docx", "doc", "pdf", "odt"})
        void reads_the_seed_cong_van_with_its_interleaved_header_as_the_model_holds_it(String format) {
            IncomingDocument d = read("cong-van-lai-chau", format);
            AdministrativeDocument seed = SampleDocuments.congVanLaiChau();

            assertThat(value(d.type(), "type")).isEqualTo(seed.type());
            assertThat(value(d.parentAuthority(), "parentAuthority")).isEqualTo(seed.parentAuthority().orElseThrow());
            assertThat(value(d.issuingAuthority(), "issuingAuthority")).isEqualTo(seed.issuingAuthority());
            assertThat(value(d.number(), "number").number()).isEqualTo(seed.number());
            assertThat(value(d.number(), "number").typeCode()).isEmpty();
            assertThat(value(d.number(), "number").authorityCode()).isEqualTo("SKHCN-VP");
            assertThat(value(d.place(), "place")).isEqualTo(seed.place());
            assertThat(value(d.date(), "date")).isEqualTo(seed.date());
            assertThat(value(d.subject(), "subject")).isEqualTo(seed.subject().orElseThrow());
            assertThat(value(d.recipients(), "recipients")).isEqualTo(seed.addressees().names());
            assertThat(value(d.signer(), "signer")).isEqualTo(seed.signer());
            assertThat(value(d.distribution(), "distribution")).isEqualTo(seed.distribution());
            assertThat(d.urgency()).isEmpty();
            assertThat(d.confidentiality()).isEmpty();
            assertThat(d.notFound()).isEmpty();
            assertThat(d.notes()).isEmpty();

            assertThat(spanned(d, d.number())).isEqualTo("Số: /SKHCN-VP");
            assertThat(spanned(d, d.place())).isEqualTo("Lai Châu");
            assertThat(spanned(d, d.date())).isEqualTo(", ngày tháng 4 năm 2023");
            assertThat(spanned(d, d.subject())).startsWith("V/v tổ chức").endsWith("năm 2023");
            assertThat(d.number().get().confidence()).isEqualTo(1.0);
        }

        @ParameterizedTest(name = "as {0}")
        @ValueSource(strings = {"docx", "doc", "pdf", "odt"})
        void reads_a_quyet_dinh_with_a_table_header_and_a_stacked_signer(String format) {
            IncomingDocument d = read("quyet-dinh-ubnd-bac-kan", format);

            assertThat(value(d.type(), "type")).isEqualTo(DocumentType.QUYET_DINH);
            assertThat(d.parentAuthority()).isEmpty();
            assertThat(value(d.issuingAuthority(), "issuingAuthority")).isEqualTo("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN");
            NumberSymbol number = value(d.number(), "number");
            assertThat(number.number()).isEqualTo(DocumentNumber.of(125, "QĐ-UBND"));
            assertThat(number.typeCode()).contains(new TypeCode("QĐ", DocumentType.QUYET_DINH, false));
            assertThat(number.authorityCode()).isEqualTo("UBND");
            assertThat(value(d.place(), "place")).isEqualTo("Bắc Kạn");
            assertThat(value(d.date(), "date")).isEqualTo(IssueDate.of(LocalDate.of(2024, 3, 5)));
            assertThat(value(d.subject(), "subject"))
                    .isEqualTo("Về việc thành lập Tổ công tác chuyển đổi số của tỉnh Bắc Kạn năm 2024");
            assertThat(d.recipients()).isEmpty();
            assertThat(value(d.signer(), "signer")).isEqualTo(new SignatureBlock(
                    List.of(new Delegation(SigningCapacity.TM, "ỦY BAN NHÂN DÂN"),
                            new Delegation(SigningCapacity.KT, "CHỦ TỊCH")),
                    Optional.of("PHÓ CHỦ TỊCH"), List.of(), "Hoàng Thị Mai Anh"));
            assertThat(value(d.distribution(), "distribution")).isEqualTo(new Distribution(
                    List.of(new DistributionEntry.Recipient("Như Điều 3"),
                            new DistributionEntry.Recipient("Thường trực Tỉnh ủy"),
                            new DistributionEntry.Recipient("Chủ tịch, các PCT UBND tỉnh")),
                    Optional.of(new FileCopy(List.of("VT", "KGVX"), OptionalInt.of(2))), Optional.empty()));
            assertThat(d.notFound()).isEmpty();
            assertThat(spanned(d, d.type())).isEqualTo("QUYẾT ĐỊNH");
        }

        @ParameterizedTest(name = "as {0}")
        @ValueSource(strings = {"docx", "doc", "pdf", "odt"})
        void reads_a_to_trinh_with_an_urgency_mark_an_inline_kinh_gui_an_acting_head_and_a_page_footer(String format) {
            IncomingDocument d = read("to-trinh-so-tu-phap", format);
            // The page header and the contact footer (ô 13) are in the text, and change no field.
            assertThat(d.text()).contains("Địa chỉ: Số 2 Trần Phú, Đà Lạt; ĐT: 0263 3812 345");

            assertThat(value(d.type(), "type")).isEqualTo(DocumentType.TO_TRINH);
            assertThat(value(d.parentAuthority(), "parentAuthority")).isEqualTo("UBND TỈNH LÂM ĐỒNG");
            assertThat(value(d.issuingAuthority(), "issuingAuthority")).isEqualTo("SỞ TƯ PHÁP");
            assertThat(value(d.number(), "number").number()).isEqualTo(DocumentNumber.of(88, "TTr-STP"));
            assertThat(value(d.number(), "number").typeCode().map(TypeCode::type)).contains(DocumentType.TO_TRINH);
            assertThat(value(d.place(), "place")).isEqualTo("Đà Lạt");
            assertThat(value(d.date(), "date")).isEqualTo(IssueDate.of(LocalDate.of(2024, 11, 18)));
            assertThat(value(d.subject(), "subject"))
                    .isEqualTo("Đề nghị phê duyệt Kế hoạch phổ biến, giáo dục pháp luật năm 2025");
            assertThat(value(d.recipients(), "recipients")).containsExactly("Ủy ban nhân dân tỉnh Lâm Đồng");
            assertThat(value(d.urgency(), "urgency")).isEqualTo(Urgency.KHAN);
            assertThat(spanned(d, d.urgency())).isEqualTo("KHẨN");
            assertThat(value(d.signer(), "signer")).isEqualTo(new SignatureBlock(
                    List.of(new Delegation(SigningCapacity.Q, "GIÁM ĐỐC")), Optional.empty(), List.of(),
                    "Đặng Quốc Khánh"));
            assertThat(value(d.distribution(), "distribution")).isEqualTo(new Distribution(
                    List.of(new DistributionEntry.Recipient("Như trên"), new DistributionEntry.Recipient("Giám đốc Sở")),
                    Optional.of(new FileCopy(List.of("VT", "PBGDPL"), OptionalInt.of(2))),
                    Optional.of(new DrafterCode("NT", 10))));
            assertThat(d.confidentiality()).isEmpty();
            assertThat(d.notFound()).isEmpty();
        }

        @ParameterizedTest(name = "as {0}")
        @ValueSource(strings = {"docx", "doc", "pdf", "odt"})
        void reads_a_bao_cao_whose_header_columns_come_one_after_the_other(String format) {
            IncomingDocument d = read("bao-cao-so-gddt", format);
            // Cell by cell: the number comes before the national title, the date after it.
            assertThat(d.number().get().span().start()).isLessThan(d.text().indexOf("CỘNG HÒA"));
            assertThat(d.date().get().span().start()).isGreaterThan(d.text().indexOf("CỘNG HÒA"));

            assertThat(value(d.type(), "type")).isEqualTo(DocumentType.BAO_CAO);
            assertThat(value(d.parentAuthority(), "parentAuthority")).isEqualTo("UBND TỈNH NGHỆ AN");
            assertThat(value(d.issuingAuthority(), "issuingAuthority")).isEqualTo("SỞ GIÁO DỤC VÀ ĐÀO TẠO");
            assertThat(value(d.number(), "number").number()).isEqualTo(DocumentNumber.of(312, "BC-SGDĐT"));
            assertThat(value(d.place(), "place")).isEqualTo("Nghệ An");
            assertThat(value(d.date(), "date")).isEqualTo(IssueDate.of(LocalDate.of(2024, 12, 20)));
            assertThat(value(d.subject(), "subject")).isEqualTo("Kết quả thực hiện công tác cải cách hành chính năm 2024");
            assertThat(value(d.recipients(), "recipients")).containsExactly("Ủy ban nhân dân tỉnh", "Sở Nội vụ");
            assertThat(value(d.signer(), "signer")).isEqualTo(
                    SignatureBlock.of(SigningCapacity.TL, "GIÁM ĐỐC", "TRƯỞNG PHÒNG KẾ HOẠCH - TÀI CHÍNH", "Nguyễn Thị Thu Hà"));
            assertThat(value(d.distribution(), "distribution").entries()).containsExactly(
                    new DistributionEntry.Recipient("Như trên"), new DistributionEntry.Recipient("Giám đốc, các PGĐ Sở"));
            assertThat(d.notFound()).isEmpty();
        }

        @ParameterizedTest(name = "as {0}")
        @ValueSource(strings = {"txt", "docx", "doc", "pdf", "odt"})
        void reads_a_giay_moi_laid_out_in_interleaved_columns_with_a_tl_signer(String format) {
            IncomingDocument d = read("giay-moi-bo-noi-vu", format);

            assertThat(value(d.type(), "type")).isEqualTo(DocumentType.GIAY_MOI);
            assertThat(d.parentAuthority()).isEmpty();
            assertThat(value(d.issuingAuthority(), "issuingAuthority")).isEqualTo("BỘ NỘI VỤ");
            assertThat(value(d.number(), "number").number()).isEqualTo(DocumentNumber.of(7, "GM-BNV"));
            assertThat(value(d.place(), "place")).isEqualTo("Hà Nội");
            assertThat(value(d.date(), "date")).isEqualTo(IssueDate.of(LocalDate.of(2025, 1, 9)));
            assertThat(value(d.subject(), "subject")).isEqualTo("Dự Hội nghị tập huấn công tác văn thư, lưu trữ năm 2025");
            assertThat(value(d.signer(), "signer"))
                    .isEqualTo(SignatureBlock.of(SigningCapacity.TL, "BỘ TRƯỞNG", "CHÁNH VĂN PHÒNG", "Phạm Minh Tâm"));
            assertThat(value(d.distribution(), "distribution")).isEqualTo(new Distribution(
                    List.of(new DistributionEntry.Recipient("Như trên"), new DistributionEntry.Recipient("Bộ trưởng (để b/c)")),
                    Optional.of(new FileCopy(List.of("VT", "VP"), OptionalInt.empty())), Optional.empty()));
            assertThat(d.notFound()).isEmpty();
        }

        @ParameterizedTest(name = "as {0}")
        @ValueSource(strings = {"txt", "docx", "doc", "pdf", "odt"})
        void reads_a_decomposed_thong_bao_with_marks_and_an_upper_case_subject(String format) {
            IncomingDocument d = read("thong-bao-hoa-toc-nfd", format);

            assertThat(d.text()).contains("CỘNG HOÀ XÃ HỘI").doesNotContain("\u00A0");
            assertThat(value(d.type(), "type")).isEqualTo(DocumentType.THONG_BAO);
            assertThat(value(d.parentAuthority(), "parentAuthority")).isEqualTo("UBND TỈNH QUẢNG TRỊ");
            assertThat(value(d.issuingAuthority(), "issuingAuthority")).isEqualTo("VĂN PHÒNG");
            assertThat(value(d.number(), "number").number()).isEqualTo(DocumentNumber.of(58, "TB-VP"));
            assertThat(value(d.place(), "place")).isEqualTo("Quảng Trị");
            assertThat(value(d.date(), "date")).isEqualTo(IssueDate.of(LocalDate.of(2024, 3, 5)));
            assertThat(value(d.subject(), "subject"))
                    .isEqualTo("KẾT LUẬN CỦA CHỦ TỊCH UBND TỈNH TẠI CUỘC HỌP VỀ CÔNG TÁC PHÒNG, CHỐNG DỊCH BỆNH");
            assertThat(d.subject().get().confidence()).isLessThan(0.8);
            assertThat(value(d.urgency(), "urgency")).isEqualTo(Urgency.HOA_TOC);
            assertThat(value(d.confidentiality(), "confidentiality")).isEqualTo(Confidentiality.MAT);
            assertThat(value(d.signer(), "signer"))
                    .isEqualTo(SignatureBlock.head("CHÁNH VĂN PHÒNG", "Lê Thị Hồng Nhung"));
            assertThat(d.signer().get().confidence()).isLessThan(0.95);
            assertThat(value(d.distribution(), "distribution").entries()).containsExactly(
                    new DistributionEntry.Recipient("Chủ tịch, các PCT UBND tỉnh"),
                    new DistributionEntry.Recipient("Các sở: Y tế, Tài chính"));
            assertThat(d.notes()).containsExactly("the subject is printed in upper case; kept as printed");
            assertThat(d.notFound()).isEmpty();
        }

        @ParameterizedTest(name = "as {0}")
        @ValueSource(strings = {"txt", "docx", "doc", "pdf", "odt"})
        void reads_a_cong_van_with_the_legacy_cv_code_and_reports_it(String format) {
            IncomingDocument d = read("cong-van-cv-muong-te", format);

            assertThat(value(d.type(), "type")).isEqualTo(DocumentType.CONG_VAN);
            assertThat(d.parentAuthority()).isEmpty();
            assertThat(value(d.issuingAuthority(), "issuingAuthority")).isEqualTo("ỦY BAN NHÂN DÂN HUYỆN MƯỜNG TÈ");
            NumberSymbol number = value(d.number(), "number");
            assertThat(number.number()).isEqualTo(DocumentNumber.of(45, "CV-UBND"));
            assertThat(number.typeCode()).contains(new TypeCode("CV", DocumentType.CONG_VAN, true));
            assertThat(d.number().get().confidence()).isLessThan(1.0);
            assertThat(value(d.place(), "place")).isEqualTo("Mường Tè");
            assertThat(value(d.date(), "date")).isEqualTo(IssueDate.of(LocalDate.of(2024, 8, 2)));
            assertThat(value(d.subject(), "subject"))
                    .isEqualTo("TRIỂN KHAI THỰC HIỆN CÔNG VĂN SỐ 1062/BKHCN-ƯDPTCN CỦA BỘ KHOA HỌC VÀ CÔNG NGHỆ");
            assertThat(value(d.recipients(), "recipients")).containsExactly("Ủy ban nhân dân các xã, thị trấn");
            assertThat(value(d.signer(), "signer"))
                    .isEqualTo(SignatureBlock.of(SigningCapacity.TM, "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lò Văn Páo"));
            assertThat(value(d.distribution(), "distribution")).isEqualTo(new Distribution(
                    List.of(new DistributionEntry.Recipient("Như trên")),
                    Optional.of(new FileCopy(List.of("VT"), OptionalInt.empty())), Optional.empty()));
            assertThat(d.notes()).containsExactly(
                    "symbol \"CV-UBND\" opens with \"CV\", a legacy abbreviation not in Appendix III of Decree 30;"
                            + " read as Công văn",
                    "the subject is printed in upper case; kept as printed");
            assertThat(d.notFound()).isEmpty();
        }

        @Test
        void detects_each_media_type_from_the_content_whatever_the_file_is_called() throws IOException {
            byte[] pdf = Files.readAllBytes(files.get("giay-moi-bo-noi-vu.pdf"));
            byte[] docx = Files.readAllBytes(files.get("giay-moi-bo-noi-vu.docx"));
            byte[] doc = Files.readAllBytes(files.get("giay-moi-bo-noi-vu.doc"));
            byte[] odt = Files.readAllBytes(files.get("giay-moi-bo-noi-vu.odt"));

            assertThat(READER.read(pdf, "letter.docx").mediaType()).isEqualTo("application/pdf");
            assertThat(READER.read(docx, "letter.bin").mediaType())
                    .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            assertThat(READER.read(doc, "letter").mediaType()).isEqualTo("application/msword");
            assertThat(READER.read(odt, "letter.pdf").mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
        }

        @Test
        void gives_the_same_fields_when_one_reader_is_shared_by_several_threads() throws Exception {
            List<String> names = List.of("cong-van-lai-chau.pdf", "quyet-dinh-ubnd-bac-kan.docx",
                    "to-trinh-so-tu-phap.doc", "bao-cao-so-gddt.odt");
            Map<String, String> serial = new HashMap<>();
            for (String name : names) {
                serial.put(name, IncomingDocumentJson.toJson(READER.read(files.get(name))));
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<String>> results = new ArrayList<>();
                for (int round = 0; round < 3; round++) {
                    for (String name : names) {
                        results.add(pool.submit(() -> name + "=" + IncomingDocumentJson.toJson(READER.read(files.get(name)))));
                    }
                }
                for (Future<String> result : results) {
                    String json = result.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
                    String name = json.substring(0, json.indexOf('='));
                    assertThat(json.substring(name.length() + 1)).isEqualTo(serial.get(name));
                }
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void reads_a_digitally_signed_pdf_like_the_unsigned_one() throws IOException {
            byte[] unsigned = Files.readAllBytes(files.get("cong-van-lai-chau.pdf"));
            byte[] signed = SignedPdfs.sign(unsigned);

            IncomingDocument before = READER.read(unsigned, "cv.pdf");
            IncomingDocument after = READER.read(signed, "cv-signed.pdf");

            assertThat(new String(signed, StandardCharsets.ISO_8859_1)).contains("/ETSI.CAdES.detached");
            assertThat(after.textStatus()).isEqualTo(TextStatus.EXTRACTED);
            assertThat(IncomingDocumentJson.toJson(after)).isEqualTo(IncomingDocumentJson.toJson(before));
        }

        @Test
        void reads_from_a_stream_without_closing_it() throws IOException {
            byte[] pdf = Files.readAllBytes(files.get("quyet-dinh-ubnd-bac-kan.pdf"));
            CallerStreams.Input in = new CallerStreams.Input(pdf);

            IncomingDocument d = READER.read(in, "qd-125.pdf");

            assertThat(value(d.number(), "number").number()).isEqualTo(DocumentNumber.of(125, "QĐ-UBND"));
            assertThat(in.isClosed()).isFalse();
        }
    }

    @Nested
    class Hostile_or_unreadable_input {
        @TempDir
        Path dir;

        @Test
        void an_empty_file_is_a_typed_error() throws IOException {
            Path empty = Files.createFile(dir.resolve("empty.pdf"));

            assertThatThrownBy(() -> READER.read(empty))
                    .isInstanceOf(DocumentReadException.class)
                    .hasMessage("cannot read \"empty.pdf\": it is empty (0 bytes)")
                    .extracting(e -> ((DocumentReadException) e).reason()).isEqualTo(Reason.EMPTY);
        }

        @Test
        void a_jpeg_renamed_pdf_is_rejected_by_its_content() throws IOException {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "jpeg", jpeg);

            assertThatThrownBy(() -> READER.read(jpeg.toByteArray(), "cong-van.pdf"))
                    .isInstanceOf(DocumentReadException.class)
                    .hasMessage("cannot read \"cong-van.pdf\": its content is image/jpeg, not PDF, DOCX, DOC, ODT or plain text")
                    .extracting(e -> ((DocumentReadException) e).reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        }

        @Test
        void a_truncated_pdf_gives_a_typed_error_or_an_empty_result_in_bounded_time() throws IOException {
            byte[] pdf = textPdf("Số: 15/QĐ-UBND", null);
            byte[] truncated = Arrays.copyOf(pdf, pdf.length / 3);

            assertTimeoutPreemptively(HANG_GUARD, () -> {
                try {
                    IncomingDocument d = READER.read(truncated, "truncated.pdf");
                    assertThat(d.textStatus()).isEqualTo(TextStatus.NO_TEXT_LAYER);
                    assertThat(d.number()).isEmpty();
                } catch (DocumentReadException e) {
                    assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
                    assertThat(e.getMessage()).startsWith("cannot read \"truncated.pdf\" as PDF: ");
                }
            });
        }

        @Test
        void an_encrypted_pdf_is_reported_as_encrypted_not_as_a_crash() throws IOException {
            byte[] pdf = textPdf("Số: 15/QĐ-UBND", "mật khẩu");

            IncomingDocument d = assertTimeoutPreemptively(HANG_GUARD, () -> READER.read(pdf, "locked.pdf"));

            assertThat(d.mediaType()).isEqualTo("application/pdf");
            assertThat(d.textStatus()).isEqualTo(TextStatus.ENCRYPTED);
            assertThat(d.text()).isEmpty();
            assertThat(d.number()).isEmpty();
        }

        @Test
        void a_pdf_encrypted_without_a_user_password_is_read_normally() throws IOException {
            byte[] pdf = textPdf("Số: 15/QĐ-UBND", "");

            IncomingDocument d = READER.read(pdf, "restricted.pdf");

            assertThat(d.textStatus()).isEqualTo(TextStatus.EXTRACTED);
            assertThat(value(d.number(), "number").number()).isEqualTo(DocumentNumber.of(15, "QĐ-UBND"));
        }

        @Test
        void an_image_only_pdf_has_no_text_layer() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (PDDocument document = new PDDocument()) {
                PDPage page = new PDPage();
                document.addPage(page);
                java.awt.image.BufferedImage scan = new java.awt.image.BufferedImage(200, 280, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
                PDImageXObject image = LosslessFactory.createFromImage(document, scan);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 50, 50, 400, 560);
                }
                document.save(out);
            }

            IncomingDocument d = READER.read(out.toByteArray(), "scan.pdf");

            assertThat(d.textStatus()).isEqualTo(TextStatus.NO_TEXT_LAYER);
            assertThat(d.notFound()).contains(FieldName.NUMBER, FieldName.SIGNER);
        }

        @Test
        void a_zip_bomb_docx_is_stopped_within_bounded_time_and_memory() throws IOException {
            byte[] bomb = zipBombDocx(200_000_000);
            assertThat(bomb.length).isLessThan(2_000_000);
            long heapBefore = usedHeap();

            DocumentReadException e = readFails(() -> READER.read(bomb, "bomb.docx"));

            assertThat(e.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
            assertThat(e.getMessage()).startsWith(
                    "cannot read \"bomb.docx\" as DOCX: it expands beyond the safety limits (suspected zip bomb): ");
            // Far less than the 200 MB the part inflates to (400 MB as Java chars).
            assertThat(usedHeap() - heapBefore).isLessThan(150_000_000L);
        }

        @Test
        void an_input_over_the_size_limit_is_rejected_before_parsing() {
            DocumentReader small = DocumentReader.builder().maxInputBytes(1000).build();

            assertThatThrownBy(() -> small.read(new byte[1001], "big.pdf"))
                    .isInstanceOf(DocumentReadException.class)
                    .hasMessage("cannot read \"big.pdf\": it has more than 1000 bytes, the reader's input limit");
            assertThatThrownBy(() -> small.read(new ByteArrayInputStream(new byte[5000]), "big.pdf"))
                    .isInstanceOf(DocumentReadException.class)
                    .hasMessage("cannot read \"big.pdf\": it has more than 1000 bytes, the reader's input limit");
        }

        @Test
        void a_parse_over_the_time_limit_is_abandoned_with_a_typed_error() throws IOException {
            DocumentReader impatient = DocumentReader.builder().timeout(Duration.ofMillis(1)).build();
            byte[] pdf = longPdf(100);

            DocumentReadException e = readFails(() -> impatient.read(pdf, "long.pdf"));

            assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
            assertThat(e.getMessage()).isEqualTo("cannot read \"long.pdf\": reading it took longer than 1 ms");
        }

        @Test
        void text_over_the_character_limit_is_cut_and_marked_truncated() throws IOException {
            DocumentReader brief = DocumentReader.builder().maxTextChars(1000).build();
            byte[] pdf = longPdf(20);

            IncomingDocument d = brief.read(pdf, "long.pdf");

            assertThat(d.isTruncated()).isTrue();
            assertThat(d.text().length()).isLessThanOrEqualTo(1000);
        }

        /** Runs a read that must fail, under the hang guard, and returns its exception. */
        private DocumentReadException readFails(ThrowingSupplier<IncomingDocument> read) {
            return assertTimeoutPreemptively(HANG_GUARD, () -> {
                try {
                    IncomingDocument unexpected = read.get();
                    throw new AssertionError("expected a DocumentReadException, read " + unexpected.mediaType());
                } catch (DocumentReadException thrown) {
                    return thrown;
                }
            });
        }

        private long usedHeap() {
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            return runtime.totalMemory() - runtime.freeMemory();
        }
    }

    @Nested
    class Building_a_reader {
        @Test
        void rejects_limits_that_cannot_work_and_names_them() {
            assertThatThrownBy(() -> DocumentReader.builder().maxInputBytes(0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("maxInputBytes must be 1 or more, was 0");
            assertThatThrownBy(() -> DocumentReader.builder().maxTextChars(10))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("maxTextChars must be 1000 or more, was 10");
            assertThatThrownBy(() -> DocumentReader.builder().maxCompressionRatio(0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("maxCompressionRatio must be 1 or more, was 0");
            assertThatThrownBy(() -> DocumentReader.builder().timeout(Duration.ZERO))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("timeout must be positive, was PT0S");
        }

        @Test
        void reads_text_extracted_elsewhere_such_as_ocr_output() {
            IncomingDocument d = READER.readText("Số: 15/QĐ-UBND\nHà Nội, ngày 05 tháng 01 năm 2020");

            assertThat(d.mediaType()).isEqualTo("text/plain");
            assertThat(value(d.date(), "date")).isEqualTo(IssueDate.of(LocalDate.of(2020, 1, 5)));
            assertThat(READER.readText(" \n ").textStatus()).isEqualTo(TextStatus.NO_TEXT_LAYER);
        }
    }

    /** A one-page PDF with Vietnamese text in Liberation Serif, optionally encrypted. */
    static byte[] textPdf(String line, String userPassword) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType0Font font = font(document);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 13);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.newLineAtOffset(0, -20);
                content.showText("Hà Nội, ngày 05 tháng 3 năm 2024");
                content.endText();
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("chủ sở hữu", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
        }
        return out.toByteArray();
    }

    /** A PDF of many pages of ASCII body text (a standard font keeps it quick to make). */
    static byte[] longPdf(int pages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.newLineAtOffset(72, 740);
                    for (int l = 0; l < 50; l++) {
                        content.showText("Dieu " + (p * 50 + l) + ". To cong tac co nhiem vu tham muu, don doc viec thuc hien.");
                        content.newLineAtOffset(0, -14);
                    }
                    content.endText();
                }
            }
            document.save(out);
        }
        return out.toByteArray();
    }

    private static PDType0Font font(PDDocument document) throws IOException {
        try (InputStream ttf = DocumentReaderTest.class.getResourceAsStream("/liberation/LiberationSerif-Regular.ttf")) {
            return PDType0Font.load(document, ttf);
        }
    }

    /** A DOCX whose document.xml inflates to {@code bytes} bytes of one repeated paragraph. */
    static byte[] zipBombDocx(int bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
            byte[] paragraph = ("<w:p><w:r><w:t>" + "Công văn ".repeat(100) + "</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < bytes; written += paragraph.length) {
                zip.write(paragraph);
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
