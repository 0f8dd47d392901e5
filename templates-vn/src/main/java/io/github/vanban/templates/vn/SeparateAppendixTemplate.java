// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.Appendix;
import io.github.vanban.core.model.DocumentNumber;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Mẫu 2.2, appendices of an electronic document issued as a separate file: the file shows only the
 * appendices, laid out as in {@link AppendixTemplate form 2.1} (each on a new page with "Phụ lục",
 * its title in capitals, the italic reference line with a short rule under it, and its own page
 * numbers), but with the number and date in the reference line left unfilled, because the file is
 * made before the records office assigns them (Decree 30/2020/NĐ-CP, Appendix I, Part I, II.8.b
 * and III.1; Appendix III, form 2.2). The issuing body signs the file at the top right of page 1
 * (ô 14) with the 10 pt line "Số: &lt;number/symbol of the main document&gt;; dd/MM/yyyy;
 * HH:mm:ss +07:00" and no seal image: the document sets {@link
 * AdministrativeDocument#appendicesOnly()}, which asks for that signature, so the PDF carries the
 * empty {@code vanban_corner} field ({@code Appearance.attachmentStamp(numberAndSymbol)} in the
 * signing module draws the line).
 *
 * <p>The decree's norm is one file per appendix, each signed. The template still takes several
 * appendices, as a body may bundle them in one file (the decree asks for a signature per file, not
 * per appendix); with two or more, unnumbered ones are numbered I, II … by position as in form
 * 2.1. A file holding one appendix of a document that has several keeps the number the author
 * gives it ("II").
 *
 * @param main the document the appendices belong to; not itself an appendix or copy template
 * @param appendices the appendices in this file, at least one
 */
public record SeparateAppendixTemplate(FormTemplate main, List<Appendix> appendices) implements FormTemplate {

    /** Creates the template. */
    public SeparateAppendixTemplate {
        Objects.requireNonNull(main, "main");
        AppendixTemplate.requireMainForm(main);
        appendices = Texts.nonEmpty(appendices, "appendices");
    }

    @Override
    public Form form() {
        return Form.PHU_LUC_TEP_RIENG;
    }

    /** Returns the main document's particulars: the separate file adds none of its own. */
    @Override
    public Particulars particulars() {
        return main.particulars();
    }

    /**
     * Returns the appendices as printed: with two or more, unnumbered ones get Roman numbers by
     * position.
     *
     * @return the numbered appendices
     */
    public List<Appendix> numberedAppendices() {
        return AppendixTemplate.numbered(appendices);
    }

    /**
     * Returns the main document's number and symbol for the signature line at ô 14, e.g.
     * "12/KH-SKHCN", to pass to {@code Appearance.attachmentStamp}; empty while the number is
     * unassigned, when the records office supplies the number it assigns.
     *
     * @return the number and symbol, if the number is assigned
     */
    public Optional<String> numberAndSymbol() {
        DocumentNumber number = main.document().number();
        return number.isAssigned() ? Optional.of(number.numberText() + number.symbolText()) : Optional.empty();
    }

    /**
     * Returns the main document with only its appendices to be printed, the top-right signature
     * requested.
     *
     * @return the document to render and sign
     */
    @Override
    public AdministrativeDocument document() {
        return main.document().toBuilder().appendices(numberedAppendices()).appendicesOnly(true).build();
    }
}
