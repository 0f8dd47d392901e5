// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.DocumentType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Mẫu 1.4, a document with a type name (Tờ trình, Báo cáo, Kế hoạch, Thông báo, Chỉ thị, Quy chế,
 * Hướng dẫn, Chương trình, Phương án, Đề án …): the type name and the subject, "Kính gửi" for a
 * Tờ trình or Báo cáo sent to a higher body, the body ending "./.", and the standard bottom block;
 * symbol "&lt;type&gt;-&lt;agency&gt;".
 *
 * @param particulars the common particulars
 * @param type a type whose form is 1.4 and that has an abbreviation
 * @param subject the subject, if any
 * @param addressees the "Kính gửi" addressees; only a Tờ trình or a Báo cáo may have them
 * @param body the body, e.g. from {@link StructuredBody}
 */
public record TypedDocumentTemplate(
        Particulars particulars, DocumentType type, Optional<String> subject, List<String> addressees,
        List<BodyBlock> body) implements FormTemplate {

    /** Creates the template. */
    public TypedDocumentTemplate {
        Objects.requireNonNull(particulars, "particulars");
        Objects.requireNonNull(type, "type");
        if (!type.template().equals(Form.VAN_BAN_CO_TEN_LOAI.number()) || type.abbreviation().isEmpty()) {
            throw new IllegalArgumentException("type " + type.name() + " (" + type.label()
                    + ") uses form " + type.template() + ", not 1.4 with an abbreviation");
        }
        subject = Objects.requireNonNull(subject, "subject").map(s -> Texts.required(s, "subject"));
        addressees = Texts.requiredAll(addressees, "addressees");
        if (!addressees.isEmpty() && !type.allowsKinhGui()) {
            throw new IllegalArgumentException("addressees (Kính gửi) are only for Tờ trình and Báo cáo, not "
                    + type.label());
        }
        body = Texts.nonEmpty(body, "body");
    }

    @Override
    public Form form() {
        return Form.VAN_BAN_CO_TEN_LOAI;
    }

    @Override
    public AdministrativeDocument document() {
        AdministrativeDocument.Builder b = particulars.start(type, particulars.symbol(type))
                .addressees(addressees)
                .body(body);
        subject.ifPresent(b::subject);
        return b.build();
    }
}
