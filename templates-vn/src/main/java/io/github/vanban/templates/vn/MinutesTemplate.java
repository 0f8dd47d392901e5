// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.DocumentType;
import io.github.vanban.core.model.SignatureBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Mẫu 1.9, Biên bản: no place-and-date line in the header; "BIÊN BẢN" and the meeting's name; the
 * labelled lines "Thời gian bắt đầu:", "Địa điểm:", "Thành phần tham dự:", "Chủ trì (chủ tọa):",
 * "Thư ký (người ghi biên bản):", "Nội dung (theo diễn biến cuộc họp):"; the content; the line
 * saying when the meeting ended; two signature columns, "THƯ KÝ" on the left (with "Nơi nhận"
 * under it, ending "Lưu: VT, Hồ sơ") and "CHỦ TỌA" on the right; symbol "BB-&lt;agency&gt;".
 *
 * <p>The chair and the secretary sign, so the particulars' signer is not used.
 *
 * @param particulars the common particulars
 * @param subject the meeting's name, e.g. "Họp giao ban tháng 5 năm 2024"
 * @param start when it began, e.g. "08 giờ 00, ngày 15 tháng 5 năm 2024"
 * @param venue where
 * @param participants who attended, one line each
 * @param chair the chair's full name
 * @param chairPosition the chair's government position, printed above the chair's name
 *     (INTERPRETATION: the form allows adding it but does not place it), if any
 * @param secretary the secretary's full name
 * @param content the content, in the order of the meeting
 * @param end when it ended, e.g. "11 giờ 30 cùng ngày"
 */
public record MinutesTemplate(
        Particulars particulars,
        String subject,
        String start,
        String venue,
        List<String> participants,
        String chair,
        Optional<String> chairPosition,
        String secretary,
        List<BodyBlock> content,
        String end) implements FormTemplate {

    /** The secretary's column title. */
    public static final String SECRETARY = "THƯ KÝ";
    /** The chair's column title. */
    public static final String CHAIR = "CHỦ TỌA";
    /** The unit added to the "Lưu" line: the meeting's record file. */
    public static final String RECORD_FILE = "Hồ sơ";

    /** Creates the template. */
    public MinutesTemplate {
        Objects.requireNonNull(particulars, "particulars");
        subject = Texts.required(subject, "subject");
        start = Texts.required(start, "start");
        venue = Texts.required(venue, "venue");
        participants = Texts.nonEmpty(Texts.requiredAll(participants, "participants"), "participants");
        chair = Texts.required(chair, "chair");
        chairPosition = Objects.requireNonNull(chairPosition, "chairPosition")
                .map(p -> Texts.required(p, "chairPosition"));
        secretary = Texts.required(secretary, "secretary");
        content = Texts.nonEmpty(content, "content");
        end = Texts.required(end, "end");
    }

    @Override
    public Form form() {
        return Form.BIEN_BAN;
    }

    @Override
    public AdministrativeDocument document() {
        List<BodyBlock> blocks = new ArrayList<>();
        blocks.add(Texts.labelled("Thời gian bắt đầu:", start));
        blocks.add(Texts.labelled("Địa điểm:", venue));
        blocks.add(new BodyBlock.Paragraph("Thành phần tham dự:"));
        for (int i = 0; i < participants.size(); i++) {
            boolean last = i == participants.size() - 1;
            blocks.add(new BodyBlock.Paragraph("- " + Texts.strip(participants.get(i)) + (last ? "." : ";")));
        }
        blocks.add(Texts.labelled("Chủ trì (chủ tọa):", chair));
        blocks.add(Texts.labelled("Thư ký (người ghi biên bản):", secretary));
        blocks.add(new BodyBlock.Paragraph("Nội dung (theo diễn biến cuộc họp):"));
        blocks.addAll(content);
        blocks.add(new BodyBlock.Paragraph("Cuộc họp kết thúc vào " + Texts.strip(end) + "./."));
        return particulars.start(DocumentType.BIEN_BAN, particulars.symbol(DocumentType.BIEN_BAN))
                .subject(subject)
                .body(blocks)
                .signer(new SignatureBlock(List.of(), Optional.of(CHAIR), chairPosition.map(List::of).orElse(List.of()),
                        chair))
                .coSigner(SignatureBlock.head(SECRETARY, secretary))
                .distribution(particulars.distribution(List.of(RECORD_FILE)))
                .build();
    }
}
