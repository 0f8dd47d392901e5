// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

import io.github.vanban.core.text.VietnameseText;
import java.util.Objects;
import java.util.Optional;

/**
 * The copy block (SAO Y, SAO LỤC, TRÍCH SAO) printed after a copied document, below a full-width
 * rule (Decree 30/2020/NĐ-CP, Articles 25–27 and Appendix I, Part II): the form of copy takes the
 * place of the national title, the copying body and copy number sit on the left.
 *
 * @param form the form of copy
 * @param parentAuthority the copying body's parent body, if printed
 * @param authority the copying body
 * @param number the copy number and symbol, e.g. 07 and "SY-VP"
 * @param place the place of copying
 * @param date the date of copying
 * @param signer the signer of the copy
 * @param distribution the copy's "Nơi nhận"
 */
public record CopyCertification(
        CopyForm form,
        Optional<String> parentAuthority,
        String authority,
        DocumentNumber number,
        String place,
        IssueDate date,
        SignatureBlock signer,
        Distribution distribution) {
    /** Creates a copy block. */
    public CopyCertification {
        Objects.requireNonNull(form, "form");
        parentAuthority = Objects.requireNonNull(parentAuthority, "parentAuthority")
                .map(VietnameseText::nfc).filter(s -> !s.isEmpty());
        authority = VietnameseText.nfc(Objects.requireNonNull(authority, "authority"));
        Objects.requireNonNull(number, "number");
        place = VietnameseText.nfc(Objects.requireNonNull(place, "place"));
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(distribution, "distribution");
    }
}
