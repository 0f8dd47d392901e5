// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.pdf;

/**
 * The names of the form fields every PDF from {@link PdfRenderer} carries: a public contract for
 * the signing module and any other PAdES tool, which can sign and fill them without knowing the
 * layout. The names never change within a major version.
 *
 * <ul>
 *   <li>{@value #SIGNER}: empty signature field for the competent person's signature, ô 7c,
 *       centred in the signature space between the title lines and the name (Decree 30/2020/NĐ-CP,
 *       Appendix I, II.7.d).
 *   <li>{@value #SEAL}: empty signature field for the organisation's signature with the seal image,
 *       ô 8, overlapping about the left third of {@value #SIGNER} (Appendix I, II.8.a). The widget is
 *       a square as tall as the signature field; a signer resizes it to the seal's real size.
 *   <li>{@value #CO_SIGNER}: empty signature field for a second signer's signature, present only
 *       when the document has one (form 1.9: the secretary, "THƯ KÝ", in the left column); placed
 *       in that signer's signature space like {@value #SIGNER}.
 *   <li>{@value #NUMBER}: text field over the blank number in "Số:        /SKHCN-VP", present only
 *       when the number is unassigned; its /DA is 13 pt (the "Số" size).
 *   <li>{@value #DAY}, {@value #MONTH}, {@value #YEAR}: text fields over the blank parts of the date
 *       line "ngày        tháng 4 năm 2023", present only for the parts still pending (day when the
 *       day is pending; all three when the whole date is); their /DA uses the place-and-date size.
 * </ul>
 *
 * <p>All widgets have the Print flag, an empty normal appearance, and no border or background, so
 * filling the number and date after the leader has signed is a permitted form fill (ISO 32000-1
 * §12.8.2.2, DocMDP level 2). The AcroForm's /DR holds the embedded document fonts as {@code
 * /VBR} (regular) and {@code /VBI} (italic), with the digits always in their subsets.
 */
public final class PdfFields {
    /** The personal signature field (ô 7c). */
    public static final String SIGNER = "vanban_signer";

    /** The organisation signature and seal field (ô 8). */
    public static final String SEAL = "vanban_seal";

    /** The second signer's signature field, when the document has a co-signer (form 1.9). */
    public static final String CO_SIGNER = "vanban_cosigner";

    /** The number text field, while the number is unassigned. */
    public static final String NUMBER = "vanban_number";

    /** The day text field, while the day is pending. */
    public static final String DAY = "vanban_day";

    /** The month text field, while the whole date is pending. */
    public static final String MONTH = "vanban_month";

    /** The year text field, while the whole date is pending. */
    public static final String YEAR = "vanban_year";

    /** The /DR resource name of the regular face, used in the number field's /DA. */
    public static final String REGULAR_FONT_RESOURCE = "VBR";

    /** The /DR resource name of the italic face, used in the date fields' /DA. */
    public static final String ITALIC_FONT_RESOURCE = "VBI";

    private PdfFields() {}
}
