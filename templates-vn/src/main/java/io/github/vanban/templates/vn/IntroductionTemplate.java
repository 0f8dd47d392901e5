// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.DocumentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Mẫu 1.8, Giấy giới thiệu: "GIẤY GIỚI THIỆU" with no subject, "&lt;agency&gt; trân trọng giới
 * thiệu:", the labelled lines "Ông (bà):", "Chức vụ:", "Được cử đến:", "Về việc:", the request to
 * help the person complete the mission, and the validity line "Giấy này có giá trị đến hết ngày
 * …"; symbol "GGT-&lt;agency&gt;".
 *
 * @param particulars the common particulars
 * @param person the person introduced
 * @param position the person's position
 * @param sentTo the body the person is sent to
 * @param purpose what for
 * @param validUntil the last day the letter is valid
 */
public record IntroductionTemplate(
        Particulars particulars, String person, String position, String sentTo, String purpose,
        LocalDate validUntil) implements FormTemplate {

    /** The request to the receiving body, fixed by the form. */
    public static final String REQUEST =
            "Đề nghị Quý cơ quan tạo điều kiện để Ông (bà) có tên ở trên hoàn thành nhiệm vụ.";

    /** Creates the template. */
    public IntroductionTemplate {
        Objects.requireNonNull(particulars, "particulars");
        person = Texts.required(person, "person");
        position = Texts.required(position, "position");
        sentTo = Texts.required(sentTo, "sentTo");
        purpose = Texts.required(purpose, "purpose");
        Objects.requireNonNull(validUntil, "validUntil");
    }

    @Override
    public Form form() {
        return Form.GIAY_GIOI_THIEU;
    }

    @Override
    public AdministrativeDocument document() {
        List<BodyBlock> blocks = List.of(
                new BodyBlock.Paragraph(particulars.agency().name() + " trân trọng giới thiệu:"),
                Texts.labelled("Ông (bà):", person),
                Texts.labelled("Chức vụ:", position),
                Texts.labelled("Được cử đến:", sentTo),
                Texts.labelled("Về việc:", purpose),
                new BodyBlock.Paragraph(REQUEST),
                new BodyBlock.Paragraph("Giấy này có giá trị đến hết " + Texts.longDate(validUntil) + "."));
        return particulars.start(DocumentType.GIAY_GIOI_THIEU, particulars.symbol(DocumentType.GIAY_GIOI_THIEU))
                .body(blocks)
                .build();
    }
}
