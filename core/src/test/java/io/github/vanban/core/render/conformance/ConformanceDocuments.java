// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.conformance;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.Appendix;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.Confidentiality;
import io.github.vanban.core.model.Distribution;
import io.github.vanban.core.model.DistributionEntry;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.DocumentType;
import io.github.vanban.core.model.FileCopy;
import io.github.vanban.core.model.HeadingLevel;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.model.SignatureBlock;
import io.github.vanban.core.model.SigningCapacity;
import io.github.vanban.core.model.Urgency;
import io.github.vanban.core.model.DrafterCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Synthetic documents (no real persons) that exercise the layout beyond the seed letter, for
 * every renderer's conformance tests: a decision with legal bases and articles and no "Kính gửi",
 * a multi-page plan with urgency, a contact line and two appendices, and that plan's appendices
 * issued as a separate electronic file (form 2.2).
 */
public final class ConformanceDocuments {
    private ConformanceDocuments() {}

    /**
     * Returns a Quyết định (form 1.2) of a provincial People's Committee: "Căn cứ" lines,
     * "QUYẾT ĐỊNH:", three "Điều" blocks, TM./CHỦ TỊCH signature, no "Kính gửi".
     *
     * @return the decision
     */
    public static AdministrativeDocument quyetDinh() {
        return AdministrativeDocument.builder()
                .type(DocumentType.QUYET_DINH)
                .issuingAuthority("ỦY BAN NHÂN DÂN TỈNH HÀ NAM")
                .number(DocumentNumber.of(5, "QĐ-UBND"))
                .place("Hà Nam")
                .date(IssueDate.of(LocalDate.of(2024, 2, 7)))
                .subject("Về việc thành lập Tổ công tác chuyển đổi số của tỉnh")
                .body(List.of(
                        new BodyBlock.Centered("ỦY BAN NHÂN DÂN TỈNH HÀ NAM", true),
                        new BodyBlock.Basis("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"),
                        new BodyBlock.Basis("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ "
                                + "về công tác văn thư;"),
                        new BodyBlock.Basis("Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông."),
                        new BodyBlock.Centered("QUYẾT ĐỊNH:", true),
                        new BodyBlock.Article("1", Optional.empty(), Optional.of("Thành lập Tổ công tác chuyển đổi "
                                + "số của tỉnh gồm các thành viên có tên tại danh sách kèm theo Quyết định này.")),
                        new BodyBlock.Article("2", Optional.of("Nhiệm vụ của Tổ công tác"), Optional.empty()),
                        new BodyBlock.Paragraph("Tổ công tác tham mưu cho Ủy ban nhân dân tỉnh chỉ đạo, điều phối các "
                                + "hoạt động chuyển đổi số trên địa bàn tỉnh; tổng hợp, báo cáo định kỳ hằng quý."),
                        new BodyBlock.Article("3", Optional.empty(), Optional.of("Chánh Văn phòng Ủy ban nhân dân "
                                + "tỉnh, Giám đốc các sở, ngành và các thành viên có tên tại Điều 1 chịu trách "
                                + "nhiệm thi hành Quyết định này./."))))
                .signer(new SignatureBlock(
                        List.of(new io.github.vanban.core.model.Delegation(SigningCapacity.TM, "Ủy ban nhân dân")),
                        Optional.of("Chủ tịch"), List.of(), "Nguyễn Văn An"))
                .distribution(new Distribution(
                        List.of(new DistributionEntry.Recipient("Như Điều 3"),
                                new DistributionEntry.Group(List.of("Bộ Thông tin và Truyền thông", "TT Tỉnh ủy",
                                        "TT HĐND tỉnh"), "(để b/c)"),
                                new DistributionEntry.Recipient("Chủ tịch, các PCT UBND tỉnh")),
                        Optional.of(new FileCopy(List.of("VT", "KGVX"), OptionalInt.of(2))),
                        Optional.of(new DrafterCode("NA", 15))))
                .build();
    }

    /**
     * Returns a Kế hoạch long enough for three or more pages: urgency "THƯỢNG KHẨN", confidentiality
     * "MẬT", the circulation note "LƯU HÀNH NỘI BỘ", a contact line, structure headings, a table, and two appendices with their own page numbering.
     *
     * @return the plan
     */
    public static AdministrativeDocument keHoachWithAppendices() {
        List<BodyBlock> body = new ArrayList<>();
        body.add(new BodyBlock.Paragraph("Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về cải cách hành chính và "
                + "chuyển đổi số, Sở Nội vụ ban hành Kế hoạch triển khai văn bản điện tử năm 2025 như sau:"));
        body.add(new BodyBlock.Heading(HeadingLevel.SECTION, "I", "Mục đích, yêu cầu"));
        for (int i = 1; i <= 6; i++) {
            body.add(new BodyBlock.Paragraph(i + ". Bảo đảm văn bản hành chính được soạn thảo, ký số và phát hành "
                    + "đúng thể thức, kỹ thuật trình bày theo Nghị định số 30/2020/NĐ-CP; mọi cơ quan, đơn vị "
                    + "thực hiện thống nhất, đúng tiến độ và báo cáo kết quả theo quy định."));
        }
        body.add(new BodyBlock.Heading(HeadingLevel.SECTION, "II", "Nhiệm vụ cụ thể"));
        body.add(new BodyBlock.Table(List.of(
                List.of("STT", "Nhiệm vụ", "Thời hạn"),
                List.of("1", "Rà soát quy trình ban hành văn bản", "Quý I"),
                List.of("2", "Tập huấn ký số cho văn thư", "Quý II")), 1));
        for (int i = 1; i <= 8; i++) {
            body.add(new BodyBlock.Paragraph("Các phòng, đơn vị thuộc Sở căn cứ chức năng, nhiệm vụ được giao chủ "
                    + "động phối hợp triển khai nội dung số " + i + " của Kế hoạch, bảo đảm chất lượng, hiệu quả "
                    + "và tiết kiệm; kịp thời báo cáo khó khăn, vướng mắc về Văn phòng Sở để tổng hợp."));
        }
        body.add(new BodyBlock.Paragraph("Chi tiết nhiệm vụ tại Phụ lục I và Phụ lục II kèm theo Kế hoạch này."));
        return AdministrativeDocument.builder()
                .type(DocumentType.KE_HOACH)
                .parentAuthority("UBND TỈNH NINH BÌNH")
                .issuingAuthority("SỞ NỘI VỤ")
                .number(DocumentNumber.of(12, "KH-SNV"))
                .place("Ninh Bình")
                .date(IssueDate.of(LocalDate.of(2025, 1, 15)))
                .subject("Triển khai văn bản điện tử và ký số năm 2025")
                .urgency(Urgency.THUONG_KHAN)
                .confidentiality(Confidentiality.MAT)
                .circulationNote("Lưu hành nội bộ")
                .contact(List.of("Địa chỉ: Số 2 đường Lê Hồng Phong, phường Đông Thành, tỉnh Ninh Bình",
                        "ĐT: 0229.3871234, Fax: 0229.3871235, E-Mail: snv@ninhbinh.gov.vn"))
                .body(body)
                .signer(SignatureBlock.head("Giám đốc", "Lê Thị Bình"))
                .distribution(new Distribution(
                        List.of(new DistributionEntry.Recipient("UBND tỉnh (để b/c)"),
                                new DistributionEntry.Recipient("Các phòng, đơn vị thuộc Sở")),
                        Optional.of(new FileCopy(List.of("VT", "VP"), OptionalInt.empty())),
                        Optional.empty()))
                .appendices(List.of(
                        new Appendix(Optional.of("I"), Optional.of("Danh mục văn bản mẫu"), List.of(
                                new BodyBlock.Heading(HeadingLevel.CHUONG, "I", "Văn bản hành chính"),
                                new BodyBlock.Paragraph("Danh mục các mẫu văn bản hành chính áp dụng tại Sở."),
                                new BodyBlock.Table(List.of(
                                        List.of("STT", "Tên mẫu"),
                                        List.of("1", "Công văn"),
                                        List.of("2", "Quyết định")), 1))),
                        new Appendix(Optional.of("II"), Optional.of("Lịch tập huấn"), List.of(
                                new BodyBlock.Paragraph("Lịch tập huấn ký số cho văn thư các đơn vị trong năm 2025.")))))
                .build();
    }

    /**
     * Returns a two-page Kế hoạch built around its headings (nd30.md §13.2): "Phần", "Chương",
     * "Mục" and "Tiểu mục" headings with their titles, two of them back to back, and "I." sections
     * between body paragraphs, one heading on page 2, so that both renderers' heading spacing and
     * page number can be compared.
     *
     * @return the plan
     */
    public static AdministrativeDocument keHoachWithHeadings() {
        String text = "Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao tổ chức thực hiện nội dung này, "
                + "bảo đảm đúng thể thức, kỹ thuật trình bày theo Nghị định số 30/2020/NĐ-CP và báo cáo kết quả.";
        List<BodyBlock> body = new ArrayList<>();
        body.add(new BodyBlock.Heading(HeadingLevel.PHAN, "I", "Quy định chung"));
        body.add(new BodyBlock.Paragraph(text));
        body.add(new BodyBlock.Heading(HeadingLevel.CHUONG, "I", "Phạm vi và đối tượng"));
        body.add(new BodyBlock.Heading(HeadingLevel.MUC, "1", "Phạm vi điều chỉnh"));
        body.add(new BodyBlock.Paragraph(text));
        body.add(new BodyBlock.Heading(HeadingLevel.SECTION, "I", "Mục đích, yêu cầu"));
        body.add(new BodyBlock.Paragraph(text));
        body.add(new BodyBlock.Heading(HeadingLevel.TIEU_MUC, "1", "Yêu cầu về thể thức"));
        body.add(new BodyBlock.Paragraph(text));
        body.add(new BodyBlock.Heading(HeadingLevel.CHUONG, "II", "Tổ chức thực hiện"));
        for (int i = 0; i < 5; i++) {
            body.add(new BodyBlock.Paragraph(text));
        }
        body.add(new BodyBlock.Heading(HeadingLevel.SECTION, "II", "Kinh phí thực hiện"));
        body.add(new BodyBlock.Paragraph(text));
        body.add(new BodyBlock.Heading(HeadingLevel.MUC, "2", "Chế độ báo cáo"));
        body.add(new BodyBlock.Paragraph(text));
        return AdministrativeDocument.builder()
                .type(DocumentType.KE_HOACH)
                .parentAuthority("UBND TỈNH NINH BÌNH")
                .issuingAuthority("SỞ NỘI VỤ")
                .number(DocumentNumber.of(14, "KH-SNV"))
                .place("Ninh Bình")
                .date(IssueDate.of(LocalDate.of(2025, 2, 3)))
                .subject("Tổ chức thực hiện quy định về văn bản điện tử năm 2025")
                .body(body)
                .signer(SignatureBlock.head("Giám đốc", "Lê Thị Bình"))
                .distribution(new Distribution(
                        List.of(new DistributionEntry.Recipient("UBND tỉnh (để b/c)")),
                        Optional.of(new FileCopy(List.of("VT", "VP"), OptionalInt.empty())),
                        Optional.empty()))
                .build();
    }

    /**
     * Returns the appendices of {@link #keHoachWithAppendices()} as a file of their own (form 2.2,
     * {@code appendicesOnly}), the first appendix long enough for a second page, so that page
     * numbers show "2" there and restart with appendix II.
     *
     * @return the file of appendices
     */
    public static AdministrativeDocument keHoachAppendicesOnly() {
        AdministrativeDocument plan = keHoachWithAppendices();
        Appendix first = plan.appendices().get(0);
        List<BodyBlock> body = new ArrayList<>(first.body());
        for (int i = 1; i <= 14; i++) {
            body.add(new BodyBlock.Paragraph("Mẫu số " + i + ": văn bản được soạn thảo trên máy vi tính, trình "
                    + "bày đúng thể thức, kỹ thuật theo Phụ lục I Nghị định số 30/2020/NĐ-CP, ký số và phát hành "
                    + "qua hệ thống quản lý văn bản và điều hành của tỉnh."));
        }
        List<Appendix> appendices = List.of(new Appendix(first.number(), first.title(), body),
                plan.appendices().get(1));
        return plan.toBuilder().appendices(appendices).appendicesOnly(true).build();
    }
}
