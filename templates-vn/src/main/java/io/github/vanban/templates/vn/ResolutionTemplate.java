// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.DocumentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Mẫu 1.1, Nghị quyết (cá biệt): "NGHỊ QUYẾT" and the subject, the collective issuing
 * authority's line in bold capitals, the italic "Căn cứ …;" lines, "QUYẾT NGHỊ:", then the
 * articles; symbol "NQ-&lt;agency&gt;".
 *
 * @param particulars the common particulars
 * @param subject the subject (trích yếu)
 * @param authority the collective authority, e.g. "HỘI ĐỒNG QUẢN TRỊ …", printed in capitals
 * @param bases the legal bases, each starting "Căn cứ"; the closing ";" or "." is added
 * @param body the resolution's articles, e.g. from {@link StructuredBody}
 */
public record ResolutionTemplate(
        Particulars particulars, String subject, String authority, List<String> bases, List<BodyBlock> body)
        implements FormTemplate {

    /** The line that opens the resolved articles. */
    public static final String RESOLVES = "QUYẾT NGHỊ:";

    /** Creates the template. */
    public ResolutionTemplate {
        Objects.requireNonNull(particulars, "particulars");
        subject = Texts.required(subject, "subject");
        authority = Texts.required(authority, "authority");
        bases = List.copyOf(bases);
        body = Texts.nonEmpty(body, "body");
    }

    @Override
    public Form form() {
        return Form.NGHI_QUYET;
    }

    @Override
    public AdministrativeDocument document() {
        List<BodyBlock> blocks = new ArrayList<>();
        blocks.add(new BodyBlock.Centered(Texts.upper(authority), true));
        blocks.addAll(Texts.bases(bases, false));
        blocks.add(new BodyBlock.Centered(RESOLVES, true));
        blocks.addAll(body);
        return particulars.start(DocumentType.NGHI_QUYET, particulars.symbol(DocumentType.NGHI_QUYET))
                .subject(subject)
                .body(blocks)
                .build();
    }
}
