// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.pdf;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.Appendix;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.Confidentiality;
import io.github.vanban.core.model.Delegation;
import io.github.vanban.core.model.Distribution;
import io.github.vanban.core.model.DistributionEntry;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.DocumentType;
import io.github.vanban.core.model.DrafterCode;
import io.github.vanban.core.model.FileCopy;
import io.github.vanban.core.model.HeadingLevel;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.model.SignatureBlock;
import io.github.vanban.core.model.SigningCapacity;
import io.github.vanban.core.model.Urgency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Synthetic documents exercising every component the PDF renderer draws. */
final class PdfTestDocuments {
    private PdfTestDocuments() {}

    /** The seed letter, issued, with a certified paper copy (sao y) block. */
    static AdministrativeDocument certifiedCopy() {
        return io.github.vanban.core.testing.SampleDocuments.congVanLaiChau().toBuilder()
                .number(DocumentNumber.of(215, "SKHCN-VP"))
                .date(IssueDate.of(LocalDate.of(2023, 4, 18)))
                .copy(new io.github.vanban.core.model.CopyCertification(
                        io.github.vanban.core.model.CopyForm.SAO_Y,
                        Optional.of("UBND TỈNH LAI CHÂU"),
                        "Văn phòng Ủy ban nhân dân tỉnh",
                        DocumentNumber.of(7, "SY-VP"),
                        "Lai Châu",
                        IssueDate.of(LocalDate.of(2023, 4, 20)),
                        SignatureBlock.of(SigningCapacity.KT, "Chánh Văn phòng", "Phó Chánh Văn phòng",
                                "Nguyễn Thị Hoa"),
                        new Distribution(List.of(new DistributionEntry.Recipient("Các huyện, thành phố")),
                                Optional.of(new FileCopy(List.of("VT"), OptionalInt.empty())), Optional.empty())))
                .build();
    }

    /**
     * A decision (quyết định) with every body block kind, urgency, confidentiality, a circulation
     * note, contact lines, a stacked signer, a drafter code and two appendices (one with a table
     * long enough to run onto a second page).
     */
    static AdministrativeDocument everyComponent() {
        List<BodyBlock> body = new ArrayList<>();
        body.add(new BodyBlock.Basis("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"));
        body.add(new BodyBlock.Basis("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về "
                + "công tác văn thư;"));
        body.add(new BodyBlock.Basis("Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh."));
        body.add(new BodyBlock.Centered("QUYẾT ĐỊNH:", true));
        body.add(new BodyBlock.Heading(HeadingLevel.CHUONG, "I", "Quy định chung"));
        body.add(new BodyBlock.Article("1", Optional.of("Phạm vi điều chỉnh"), Optional.empty()));
        body.add(new BodyBlock.Paragraph("Quyết định này quy định việc ứng dụng chữ ký số trong công tác văn thư "
                + "của các cơ quan, đơn vị thuộc Ủy ban nhân dân tỉnh, bao gồm việc soạn thảo, ký số, phát hành "
                + "và lưu trữ văn bản điện tử theo đúng thể thức và kỹ thuật trình bày."));
        body.add(new BodyBlock.Article("2", Optional.empty(), Optional.of("Quyết định này có hiệu lực kể từ ngày "
                + "ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi "
                + "hành Quyết định này.")));
        body.add(new BodyBlock.Heading(HeadingLevel.SECTION, "II", "Tổ chức thực hiện"));
        body.add(new BodyBlock.Table(List.of(
                List.of("STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời hạn"),
                List.of("1", "Rà soát chứng thư số chuyên dùng công vụ", "Sở Khoa học và Công nghệ", "Quý II"),
                List.of("2", "Cập nhật hệ thống quản lý văn bản và điều hành", "Văn phòng UBND tỉnh", "Quý III")),
                1));
        for (int i = 1; i <= 6; i++) {
            body.add(new BodyBlock.Paragraph("Đoạn thứ " + i + ": các cơ quan, đơn vị tổ chức quán triệt, triển "
                    + "khai thực hiện nghiêm túc các nội dung tại Quyết định này; định kỳ báo cáo kết quả thực hiện "
                    + "về Văn phòng Ủy ban nhân dân tỉnh để tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh."));
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("STT", "Tên đơn vị", "Số chứng thư"));
        for (int i = 1; i <= 45; i++) {
            rows.add(List.of(Integer.toString(i), "Đơn vị số " + i + " thuộc Ủy ban nhân dân tỉnh", "CT-" + (100 + i)));
        }
        return AdministrativeDocument.builder()
                .type(DocumentType.QUYET_DINH)
                .parentAuthority("UBND TỈNH LAI CHÂU")
                .issuingAuthority("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU")
                .number(DocumentNumber.of(7, "QĐ-UBND"))
                .place("Lai Châu")
                .date(IssueDate.of(LocalDate.of(2024, 1, 5)))
                .subject("Về việc ứng dụng chữ ký số trong công tác văn thư")
                .body(body)
                .signer(new SignatureBlock(
                        List.of(new Delegation(SigningCapacity.TM, "Ủy ban nhân dân"),
                                new Delegation(SigningCapacity.KT, "Chủ tịch")),
                        Optional.of("Phó Chủ tịch"), List.of(), "Lê Văn Lương"))
                .distribution(new Distribution(
                        List.of(new DistributionEntry.Recipient("Như Điều 2"),
                                new DistributionEntry.Group(List.of("Văn phòng Chính phủ", "Bộ Nội vụ"), "(để b/c)"),
                                new DistributionEntry.Recipient("Chủ tịch, các PCT UBND tỉnh")),
                        Optional.of(new FileCopy(List.of("VT", "HC"), OptionalInt.of(2))),
                        Optional.of(new DrafterCode("PL", 30))))
                .urgency(Urgency.THUONG_KHAN)
                .confidentiality(Confidentiality.MAT)
                .circulationNote("Xem xong trả lại")
                .contact(List.of("Địa chỉ: Phường Tân Phong, tỉnh Lai Châu; ĐT: 0213.3876.000",
                        "E-Mail: vanphong@laichau.gov.vn; Website: laichau.gov.vn"))
                .appendices(List.of(
                        new Appendix(Optional.of("I"), Optional.of("Danh sách đơn vị"), List.of(
                                new BodyBlock.Table(rows, 1))),
                        new Appendix(Optional.of("II"), Optional.of("Hướng dẫn kỹ thuật"), List.of(
                                new BodyBlock.Paragraph("Tệp văn bản điện tử định dạng PDF/A, phông chữ nhúng.")))))
                .build();
    }
}
