// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.DocumentType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Mẫu 1.5, Công văn: no type name; "V/v …" under the number; "Kính gửi:" with one or several
 * addressees; the body ending "./."; "Nơi nhận" usually opening with "Như trên"; the contact
 * lines (ô 13) at the foot of page 1. The symbol is "&lt;agency&gt;-&lt;unit&gt;" when a drafting
 * unit is given, else the agency's abbreviation.
 *
 * @param particulars the common particulars
 * @param unit the drafting unit's abbreviation, one of the profile's units, if any
 * @param subject the subject, printed after "V/v"
 * @param addressees the "Kính gửi" addressees, at least one
 * @param body the paragraphs
 */
public record OfficialLetterTemplate(
        Particulars particulars, Optional<String> unit, String subject, List<String> addressees,
        List<BodyBlock> body) implements FormTemplate {

    /** Creates the template. */
    public OfficialLetterTemplate {
        Objects.requireNonNull(particulars, "particulars");
        unit = Objects.requireNonNull(unit, "unit");
        unit.ifPresent(u -> particulars.agency().unit(u));
        subject = Texts.required(subject, "subject");
        addressees = Texts.nonEmpty(Texts.requiredAll(addressees, "addressees"), "addressees");
        body = Texts.nonEmpty(body, "body");
    }

    @Override
    public Form form() {
        return Form.CONG_VAN;
    }

    @Override
    public AdministrativeDocument document() {
        String symbol = particulars.agency().abbreviation() + unit.map(u -> "-" + u).orElse("");
        return particulars.start(DocumentType.CONG_VAN, symbol)
                .subject(subject)
                .addressees(addressees)
                .body(body)
                .build();
    }
}
