// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.Appendix;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Mẫu 2.1, appendices of a paper document: each appendix starts a new page with "Phụ lục" (with
 * Roman numbers when there are two or more), its title in capitals, the italic reference line
 * "(Kèm theo &lt;type&gt; số … ngày … của &lt;agency&gt;)" with a short rule under it, and its own
 * page numbering (Decree 30/2020/NĐ-CP, Appendix I, III.1).
 *
 * @param main the document the appendices belong to; not itself an appendix or copy template
 * @param appendices the appendices, at least one; numbers are assigned when there are several
 */
public record AppendixTemplate(FormTemplate main, List<Appendix> appendices) implements FormTemplate {

    /** Creates the template. */
    public AppendixTemplate {
        Objects.requireNonNull(main, "main");
        requireMainForm(main);
        appendices = Texts.nonEmpty(appendices, "appendices");
    }

    /** Rejects a main document that is itself an appendix or a copy (forms 2.x and 3.x). */
    static void requireMainForm(FormTemplate main) {
        if (main instanceof AppendixTemplate || main instanceof SeparateAppendixTemplate
                || main instanceof PaperCopyTemplate || main instanceof ElectronicCopyTemplate) {
            throw new IllegalArgumentException("main must be a form 1.x template, was form " + main.form().number());
        }
    }

    @Override
    public Form form() {
        return Form.PHU_LUC;
    }

    @Override
    public Particulars particulars() {
        return main.particulars();
    }

    /**
     * Returns the appendices as printed: with two or more, unnumbered ones get Roman numbers by
     * position ("Phụ lục I", "Phụ lục II").
     *
     * @return the numbered appendices
     */
    public List<Appendix> numberedAppendices() {
        return numbered(appendices);
    }

    /** Numbers unnumbered appendices I, II … by position when there are two or more. */
    static List<Appendix> numbered(List<Appendix> appendices) {
        if (appendices.size() < 2) {
            return appendices;
        }
        List<Appendix> out = new ArrayList<>();
        for (int i = 0; i < appendices.size(); i++) {
            Appendix a = appendices.get(i);
            out.add(a.number().isPresent() ? a
                    : new Appendix(Optional.of(StructuredBody.roman(i + 1)), a.title(), a.body()));
        }
        return List.copyOf(out);
    }

    @Override
    public AdministrativeDocument document() {
        return main.document().toBuilder().appendices(numberedAppendices()).build();
    }
}
