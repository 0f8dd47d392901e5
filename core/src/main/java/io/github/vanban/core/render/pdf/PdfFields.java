// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.pdf;

/**
 * The names of the form fields every PDF from {@link PdfRenderer} carries: a public contract for
 * the signing module and any other PAdES tool, which can sign and fill them without knowing the
 * layout. The names never change within a major version. A file of appendices only ({@link
 * io.github.vanban.core.model.AdministrativeDocument#appendicesOnly()}, form 2.2) prints no
 * signer block, number or date, so it carries {@value #CORNER} alone.
 *
 * <ul>
 *   <li>{@value #SIGNER}: empty signature field for the competent person's signature, ô 7c,
 *       centred in the signature space between the title lines and the name (Decree 30/2020/NĐ-CP,
 *       Appendix I, II.7.d).
 *   <li>{@value #SEAL}: empty signature field for the organisation's signature with the seal image,
 *       ô 8, overlapping about the left third of {@value #SIGNER} (Appendix I, II.8.a). The widget is
 *       a square of the seal's real width ({@link PdfRenderOptions#sealDiameterMm()}, 36 mm by
 *       default) whose right edge is a third into {@value #SIGNER} and whose centre is level with
 *       it, where the signing module puts a seal, so sealing keeps it in place.
 *   <li>{@value #CO_SIGNER}: empty signature field for a second signer's signature, present only
 *       when the document has one (form 1.9: the secretary, "THƯ KÝ", in the left column); placed
 *       in that signer's signature space like {@value #SIGNER}.
 *   <li>{@value #NUMBER}: text field over the blank number in "Số:        /SKHCN-VP", present only
 *       when the number is unassigned; its /DA is 13 pt (the "Số" size) and its /Q 2 (right-aligned,
 *       so the number ends at the slash).
 *   <li>{@value #DAY}, {@value #MONTH}, {@value #YEAR}: text fields over the blank parts of the date
 *       line "ngày        tháng 4 năm 2023", present only for the parts still pending (day when the
 *       day is pending; all three when the whole date is); their /DA uses the place-and-date size,
 *       their /Q is 1 (centred in the gap).
 *   <li>{@value #CORNER}: empty signature field for the organisation's signature on an electronic
 *       file it issues or copies (ô 14, Appendix I, Part II.I; forms 2.2 and 3.2), present only when
 *       {@link io.github.vanban.core.model.AdministrativeDocument#cornerSignature()} is set. It
 *       lies in the top margin of page 1, above the text area: its right edge {@value
 *       #CORNER_RIGHT_INSET_MM} mm from the page's right edge (the right margin's least width,
 *       so it ends level with the text area or runs a little into a wider margin, as the decree's
 *       diagram shows), its top {@value #CORNER_TOP_INSET_MM} mm below the page's top edge, {@value
 *       #CORNER_WIDTH_MM} mm wide and {@value #CORNER_HEIGHT_PT} pt high. That holds the signing
 *       module's text stamp, one 10 pt line "SAO Y; &lt;copying body&gt;; dd/MM/yyyy; HH:mm:ss
 *       +07:00" (form 3.2) or "Số: &lt;number/symbol&gt;; dd/MM/yyyy; HH:mm:ss +07:00" (form 2.2)
 *       of up to about 95 characters (with "Văn phòng Ủy ban nhân dân tỉnh Lai Châu" the
 *       line is 116 mm), and its left edge stays right of the narrowest left margin (30 mm). The
 *       right edge, top and height are the signing module's own for the text stamp, which sizes the
 *       widget to the line it draws.
 * </ul>
 *
 * <p>Each field and its one widget are a single dictionary (/T and /Subtype /Widget together),
 * on the page's /Annots and referenced by the structure tree's Form element through /OBJR. A
 * form fill or a signature sets /V on the annotation itself, which lets EU DSS's page-image
 * comparison recognise it as the filled or signed field. The structure tree root lists
 * /ParentTree before /K, so EU DSS, which visits each widget once through the first structure
 * path it meets, files that /V as a structure-tree extension rather than an undefined change.
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

    /** The organisation's top-right signature field (ô 14) on forms 2.2 and 3.2. */
    public static final String CORNER = "vanban_corner";

    /** The width of the {@value #CORNER} field in mm. */
    public static final int CORNER_WIDTH_MM = 150;

    /** The height of the {@value #CORNER} field in points: one 10 pt line with its padding. */
    public static final int CORNER_HEIGHT_PT = 14;

    /** The distance in mm from the page's right edge to the {@value #CORNER} field's right edge. */
    public static final int CORNER_RIGHT_INSET_MM = 15;

    /** The distance in mm from the page's top edge to the {@value #CORNER} field's top edge. */
    public static final int CORNER_TOP_INSET_MM = 8;

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
