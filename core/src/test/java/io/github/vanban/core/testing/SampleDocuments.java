// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.testing;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.Distribution;
import io.github.vanban.core.model.DistributionEntry;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.DocumentType;
import io.github.vanban.core.model.FileCopy;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.model.SignatureBlock;
import io.github.vanban.core.model.SigningCapacity;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Documents shared by the tests of several packages, built with the public API.
 *
 * <p>{@link #congVanLaiChau()} is the seed letter of {@code shared/samples} (the Lai Châu
 * Department of Science and Technology's công văn of April 2023), the same letter as
 * {@code samples/documents/cong-van-lai-chau.json}.
 */
public final class SampleDocuments {
    private SampleDocuments() {}

    /**
     * Returns the seed letter, with number and day left for issuance.
     *
     * @return the công văn
     */
    public static AdministrativeDocument congVanLaiChau() {
        return AdministrativeDocument.builder()
                .type(DocumentType.CONG_VAN)
                .parentAuthority("UBND TỈNH LAI CHÂU")
                .issuingAuthority("SỞ KHOA HỌC VÀ CÔNG NGHỆ")
                .number(DocumentNumber.unassigned("SKHCN-VP"))
                .place("Lai Châu")
                .date(IssueDate.dayPending(YearMonth.of(2023, 4)))
                .subject("tổ chức các hoạt động hưởng ứng Ngày Đổi mới sáng tạo thế giới năm 2023")
                .addressees(List.of("Các Sở, ban, ngành, đoàn thể tỉnh", "UBND các huyện, thành phố"))
                .body(List.of(
                        new BodyBlock.Paragraph("Thực hiện Công văn số 1062/BKHCN-ƯDPTCN, ngày 14/4/2023 của Bộ Khoa học và Công nghệ về việc hưởng ứng Ngày Đổi mới sáng tạo thế giới năm 2023 và chỉ đạo của UBND tỉnh tại Công văn số 1383/UBND-VX ngày 17/4/2023 về việc tổ chức các hoạt động hưởng ứng Ngày Đổi mới sáng tạo thế giới năm 2023."),
                        new BodyBlock.Paragraph("Ngày 21 tháng 4 hàng năm được Liên hợp quốc (UN) chọn làm Ngày Đổi mới sáng tạo thế giới (The World Creativity and Innovation Day) nhằm nâng cao nhận thức về vai trò của sáng tạo và đổi mới trong mọi khía cạnh của sự phát triển con người."),
                        new BodyBlock.Paragraph("Để hưởng ứng Ngày Đổi mới sáng tạo thế giới năm 2023. Sở Khoa học và Công nghệ đề nghị các Sở, ban, ngành, đoàn thể tỉnh; UBND các huyện, thành phố căn cứ vào điều kiện, tình hình thực tế triển khai thực hiện các nội dung sau:"),
                        new BodyBlock.Paragraph("1. Tổ chức tuyên truyền, phổ biến mục đích, ý nghĩa của Ngày Đổi mới sáng tạo thế giới năm 2023 tới công chức, viên chức, người lao động thuộc cơ quan, đơn vị nhằm nâng cao nhận thức về vai trò của sáng tạo và đổi mới trong mọi khía cạnh của sự phát triển con người."),
                        new BodyBlock.Paragraph("2. Triển khai các hoạt động thiết thực, phù hợp để hưởng ứng Ngày Đổi mới sáng tạo thế giới năm 2023 theo hướng dẫn tại Công văn số 1062/BKHCN-ƯDPTCN ngày 14/4/2023 của Bộ Khoa học và Công nghệ (Có văn bản gửi kèm)."),
                        new BodyBlock.Paragraph("3. Báo cáo kết quả tổ chức các hoạt động hưởng ứng Ngày Đổi mới sáng tạo thế giới năm 2023 về Sở Khoa học và Công nghệ trước ngày 25/5/2023 để tổng hợp báo cáo Uỷ ban nhân dân tỉnh, Bộ Khoa học và Công nghệ."),
                        new BodyBlock.Paragraph("Sở Khoa học và Công nghệ trân trọng đề nghị các Sở, ban, ngành, đoàn thể tỉnh; UBND các huyện, thành phố triển khai thực hiện./.")))
                .signer(SignatureBlock.of(SigningCapacity.KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Tuấn"))
                .distribution(new Distribution(
                        List.of(
                                new DistributionEntry.Recipient("Như trên"),
                                new DistributionEntry.Group(List.of("Bộ KH&CN", "UBND tỉnh"), "(B/c)"),
                                new DistributionEntry.Recipient("Giám đốc Sở")),
                        Optional.of(new FileCopy(List.of("VT", "VP"), OptionalInt.empty())),
                        Optional.empty()))
                .build();
    }
}
