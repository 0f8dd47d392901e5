// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.DocumentType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Mẫu 1.10, Giấy nghỉ phép: "GIẤY NGHỈ PHÉP" with no subject; the line citing the leave
 * application and its date; "&lt;agency&gt; cấp cho:"; the labelled lines "Ông (bà):", "Chức
 * vụ:"; the leave period with its place; the kind of leave it counts against; symbol
 * "GNP-&lt;agency&gt;".
 *
 * <p>INTERPRETATION: the form leaves "… ngày" open; the count printed is of calendar days, first
 * and last included. The optional confirmation block of the place of leave is not printed.
 *
 * @param particulars the common particulars
 * @param applied the date of the leave application
 * @param person the person on leave
 * @param position the person's position
 * @param from the first day of leave
 * @param to the last day of leave, not before {@code from}
 * @param destination where the leave is spent
 * @param leaveKind the leave it counts against, e.g. "phép năm 2024"
 */
public record LeaveTemplate(
        Particulars particulars, LocalDate applied, String person, String position, LocalDate from, LocalDate to,
        String destination, String leaveKind) implements FormTemplate {

    /** Creates the template. */
    public LeaveTemplate {
        Objects.requireNonNull(particulars, "particulars");
        Objects.requireNonNull(applied, "applied");
        person = Texts.required(person, "person");
        position = Texts.required(position, "position");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        destination = Texts.required(destination, "destination");
        leaveKind = Texts.required(leaveKind, "leaveKind");
    }

    /**
     * Returns the number of calendar days of leave, first and last included.
     *
     * @return 1 or more
     */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    @Override
    public Form form() {
        return Form.GIAY_NGHI_PHEP;
    }

    @Override
    public AdministrativeDocument document() {
        List<BodyBlock> blocks = List.of(
                new BodyBlock.Paragraph("Xét Đơn xin nghỉ phép " + Texts.longDate(applied) + " của Ông (bà) "
                        + person + ","),
                new BodyBlock.Paragraph(particulars.agency().name() + " cấp cho:"),
                Texts.labelled("Ông (bà):", person),
                Texts.labelled("Chức vụ:", position),
                new BodyBlock.Paragraph("Nghỉ phép trong thời gian " + days() + " ngày, kể từ "
                        + Texts.longDate(from) + " đến hết " + Texts.longDate(to) + " tại "
                        + Texts.strip(destination) + "."),
                new BodyBlock.Paragraph("Số ngày nghỉ phép trên được tính vào thời gian nghỉ "
                        + Texts.strip(leaveKind) + "./."));
        return particulars.start(DocumentType.GIAY_NGHI_PHEP, particulars.symbol(DocumentType.GIAY_NGHI_PHEP))
                .body(blocks)
                .build();
    }
}
