// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.CopyCertification;
import io.github.vanban.core.model.CopyForm;
import io.github.vanban.core.model.DocumentNumber;
import java.util.List;
import java.util.Objects;

/**
 * Mẫu 3.1, a paper copy: the copied document, then, below a full-width rule, the copy block with
 * the form of copy (SAO Y, SAO LỤC, TRÍCH SAO) in place of the national title, the copying body,
 * the copy number "Số: 07/SY-VP" (copy-type abbreviation and the copying body's abbreviation),
 * the place and date of copying, the signer and the copy's "Nơi nhận" (Decree 30/2020/NĐ-CP,
 * Articles 25–27 and Appendix I, Part II.II).
 *
 * @param original the copied document (for TRÍCH SAO, re-created with the extracted part)
 * @param copyForm the form of copy
 * @param copier the copying body's particulars: its profile, copy number, date, signer, recipients
 */
public record PaperCopyTemplate(FormTemplate original, CopyForm copyForm, Particulars copier)
        implements FormTemplate {

    /** Creates the template. */
    public PaperCopyTemplate {
        Objects.requireNonNull(original, "original");
        if (original instanceof PaperCopyTemplate) {
            throw new IllegalArgumentException("original is already a copy; a copy of a copy is SAO LỤC of it");
        }
        Objects.requireNonNull(copyForm, "copyForm");
        Objects.requireNonNull(copier, "copier");
    }

    @Override
    public Form form() {
        return Form.BAN_SAO_GIAY;
    }

    @Override
    public Particulars particulars() {
        return copier;
    }

    /**
     * Returns the copy number and symbol, e.g. 07 and "SY-VP".
     *
     * @return the copy number, blank when not yet assigned
     */
    public DocumentNumber copyNumber() {
        String symbol = copyForm.abbreviation() + "-" + copier.agency().abbreviation();
        return copier.number().isPresent() ? DocumentNumber.of(copier.number().getAsInt(), symbol)
                : DocumentNumber.unassigned(symbol);
    }

    @Override
    public AdministrativeDocument document() {
        AgencyProfile agency = copier.agency();
        CopyCertification copy = new CopyCertification(copyForm, agency.parentAuthority(), agency.issuingAuthority(),
                copyNumber(), agency.place(), copier.date(), copier.effectiveSigner(), copier.distribution(List.of()));
        return original.document().toBuilder().copy(copy).build();
    }
}
