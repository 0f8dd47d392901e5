// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import io.github.vanban.core.model.AdministrativeDocument;

/**
 * One official form (Mẫu) of Decree 30/2020/NĐ-CP, Appendix III, filled with a document's
 * variable parts. {@link #document()} generates the form's fixed lines and returns the core model,
 * which {@code DocxRenderer} and {@code PdfRenderer} render and {@code DocumentValidator} checks.
 *
 * <p>Templates are immutable values; the set is closed (one record per form).
 */
public sealed interface FormTemplate
        permits ResolutionTemplate, DecisionTemplate, TypedDocumentTemplate, OfficialLetterTemplate,
                TelegramTemplate, InvitationTemplate, IntroductionTemplate, MinutesTemplate, LeaveTemplate,
                AppendixTemplate, SeparateAppendixTemplate, PaperCopyTemplate, ElectronicCopyTemplate {

    /**
     * Returns the form this template fills.
     *
     * @return the form
     */
    Form form();

    /**
     * Returns the common particulars: agency, number, date, signer, recipients.
     *
     * @return the particulars
     */
    Particulars particulars();

    /**
     * Builds the document, with the form's fixed lines generated.
     *
     * @return the document, ready to render
     * @throws IllegalStateException if no signer is given and the agency profile has none
     */
    AdministrativeDocument document();
}
