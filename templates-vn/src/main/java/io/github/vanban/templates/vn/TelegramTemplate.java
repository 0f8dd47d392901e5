// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.DocumentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Mẫu 1.6, Công điện: "CÔNG ĐIỆN" and the subject, the centred line "&lt;sender&gt; điện:", the
 * receiving bodies one per line ("- …;", the last ending "."), then the content; symbol
 * "CĐ-&lt;agency&gt;".
 *
 * @param particulars the common particulars
 * @param subject the subject
 * @param sender the body or head who sends it, e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"
 * @param receivers the receiving bodies, at least one
 * @param body the content
 */
public record TelegramTemplate(
        Particulars particulars, String subject, String sender, List<String> receivers, List<BodyBlock> body)
        implements FormTemplate {

    /** The word after the sender. */
    public static final String SENDS = "điện:";

    /** Creates the template. */
    public TelegramTemplate {
        Objects.requireNonNull(particulars, "particulars");
        subject = Texts.required(subject, "subject");
        sender = Texts.required(sender, "sender");
        receivers = Texts.nonEmpty(Texts.requiredAll(receivers, "receivers"), "receivers");
        body = Texts.nonEmpty(body, "body");
    }

    @Override
    public Form form() {
        return Form.CONG_DIEN;
    }

    @Override
    public AdministrativeDocument document() {
        List<BodyBlock> blocks = new ArrayList<>();
        blocks.add(new BodyBlock.Centered(Texts.upper(sender) + " " + SENDS, true));
        for (int i = 0; i < receivers.size(); i++) {
            boolean last = i == receivers.size() - 1;
            blocks.add(new BodyBlock.Paragraph("- " + Texts.strip(receivers.get(i)) + (last ? "." : ";")));
        }
        blocks.addAll(body);
        return particulars.start(DocumentType.CONG_DIEN, particulars.symbol(DocumentType.CONG_DIEN))
                .subject(subject)
                .body(blocks)
                .build();
    }
}
