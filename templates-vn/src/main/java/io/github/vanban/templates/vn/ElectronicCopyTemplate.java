// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.CopyForm;
import java.util.Objects;

/**
 * Mẫu 3.2, an electronic copy (bản sao sang định dạng điện tử): the copied document as it is, plus
 * the copying body's digital signature at the top right of page 1 (ô 14), whose visible part is one
 * 10 pt line "SAO Y; &lt;copying body&gt;; dd/MM/yyyy; HH:mm:ss +07:00" and no seal image
 * (Decree 30/2020/NĐ-CP, Article 26 and Appendix I, Part II.I). The document asks for that
 * signature with {@link AdministrativeDocument#cornerSignature()}, so the PDF carries the empty
 * {@code vanban_corner} field; the signing module draws the line when the copying body signs it.
 * There is no copy block, number or "Nơi nhận" of the copy: the signature's time is the date of
 * copying.
 *
 * @param original the copied document (for TRÍCH SAO, re-created with the extracted part)
 * @param copyForm the form of copy
 * @param copier the copying body's profile
 */
public record ElectronicCopyTemplate(FormTemplate original, CopyForm copyForm, AgencyProfile copier)
        implements FormTemplate {

    /** Creates the template, rejecting a copy of a copy. */
    public ElectronicCopyTemplate {
        Objects.requireNonNull(original, "original");
        if (original instanceof PaperCopyTemplate || original instanceof ElectronicCopyTemplate) {
            throw new IllegalArgumentException("original is already a copy; a copy of a copy is SAO LỤC of it");
        }
        Objects.requireNonNull(copyForm, "copyForm");
        Objects.requireNonNull(copier, "copier");
    }

    @Override
    public Form form() {
        return Form.BAN_SAO_DIEN_TU;
    }

    /** Returns the copied document's particulars: the electronic copy adds none of its own. */
    @Override
    public Particulars particulars() {
        return original.particulars();
    }

    /**
     * Returns the start of the signature line before the date and time, e.g. "SAO Y; Văn phòng Ủy
     * ban nhân dân tỉnh": the form of copy in capitals and the copying body's name in running text.
     *
     * @return the form of copy and the copying body, separated by "; "
     */
    public String stampPrefix() {
        return copyForm.label() + "; " + copier.name();
    }

    /**
     * Returns the copied document with the top-right signature (ô 14) requested.
     *
     * @return the document to render and sign
     */
    @Override
    public AdministrativeDocument document() {
        return original.document().toBuilder().cornerSignature(true).build();
    }
}
