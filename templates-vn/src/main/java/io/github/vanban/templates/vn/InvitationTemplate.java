// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.DocumentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Mẫu 1.7, Giấy mời: "GIẤY MỜI" and the meeting topic, "&lt;agency&gt; trân trọng kính mời:
 * &lt;invitee&gt;", then the labelled lines "Tới dự …", "Chủ trì:", "Thời gian:", "Địa điểm:",
 * the notes, and the standard bottom block; symbol "GM-&lt;agency&gt;".
 *
 * @param particulars the common particulars
 * @param subject the meeting topic (trích yếu)
 * @param invitee who is invited, e.g. "Ông (bà) Giám đốc các doanh nghiệp …"
 * @param event what to attend, printed after "Tới dự"
 * @param chair who chairs it, if stated
 * @param time when, e.g. "08 giờ 00, thứ Tư, ngày 15 tháng 5 năm 2024"
 * @param venue where
 * @param notes further paragraphs (documents to bring, contact person …)
 */
public record InvitationTemplate(
        Particulars particulars,
        String subject,
        String invitee,
        String event,
        Optional<String> chair,
        String time,
        String venue,
        List<String> notes) implements FormTemplate {

    /** The label of the event line. */
    public static final String EVENT = "Tới dự";
    /** The label of the chair line. */
    public static final String CHAIR = "Chủ trì:";
    /** The label of the time line. */
    public static final String TIME = "Thời gian:";
    /** The label of the venue line. */
    public static final String VENUE = "Địa điểm:";

    /** Creates the template. */
    public InvitationTemplate {
        Objects.requireNonNull(particulars, "particulars");
        subject = Texts.required(subject, "subject");
        invitee = Texts.required(invitee, "invitee");
        event = Texts.required(event, "event");
        chair = Objects.requireNonNull(chair, "chair").map(c -> Texts.required(c, "chair"));
        time = Texts.required(time, "time");
        venue = Texts.required(venue, "venue");
        notes = Texts.requiredAll(notes, "notes");
    }

    @Override
    public Form form() {
        return Form.GIAY_MOI;
    }

    @Override
    public AdministrativeDocument document() {
        List<BodyBlock> blocks = new ArrayList<>();
        blocks.add(new BodyBlock.Paragraph(particulars.agency().name() + " trân trọng kính mời: "
                + Texts.strip(invitee) + "."));
        blocks.add(Texts.labelled(EVENT, event));
        chair.ifPresent(c -> blocks.add(Texts.labelled(CHAIR, c)));
        blocks.add(Texts.labelled(TIME, time));
        blocks.add(Texts.labelled(VENUE, venue));
        notes.forEach(n -> blocks.add(new BodyBlock.Paragraph(n)));
        return particulars.start(DocumentType.GIAY_MOI, particulars.symbol(DocumentType.GIAY_MOI))
                .subject(subject)
                .body(blocks)
                .build();
    }
}
