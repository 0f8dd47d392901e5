// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.examples;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.render.docx.DocxRenderer;
import io.github.vanban.templates.vn.FormJson;
import io.github.vanban.templates.vn.Letterhead;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders a form to DOCX with an organisation's own letterhead template: its styles, headers and
 * footers, and its {@code vanban.*} content controls filled in (templates-vn README, Letterheads).
 */
public final class LetterheadExample {
    private LetterheadExample() {}

    /**
     * Renders the form in {@code formJson} to {@code docx} with the letterhead in {@code template}.
     *
     * @param formJson a form file, as in {@code samples/documents/forms/}
     * @param template the organisation's letterhead DOCX; only read
     * @param docx where the DOCX goes
     * @return the letterhead's warnings: what the template has that it leaves as it is
     */
    public static List<String> render(Path formJson, Path template, Path docx) {
        // tag::letterhead[]
        AdministrativeDocument letter = FormJson.read(formJson).document();
        Letterhead letterhead = Letterhead.read(template); // checks the template; reuse it for every letter
        letterhead.render(DocxRenderer.create(), letter, docx);
        // end::letterhead[]
        return letterhead.warnings();
    }
}
