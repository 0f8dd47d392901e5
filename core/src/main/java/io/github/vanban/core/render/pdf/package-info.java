// SPDX-License-Identifier: Apache-2.0
/**
 * Direct PDF rendering of {@link io.github.vanban.core.model.AdministrativeDocument} with PDFBox:
 * the Decree 30/2020/NĐ-CP layout, embedded Vietnamese fonts, PDF/A-2 with a tagged structure,
 * empty signature fields and fillable number and date fields, and PNG page previews.
 *
 * <p>Entry points: {@link io.github.vanban.core.render.pdf.PdfRenderer},
 * {@link io.github.vanban.core.render.pdf.FontProvider},
 * {@link io.github.vanban.core.render.pdf.PdfFields} (the field-name contract) and
 * {@link io.github.vanban.core.render.pdf.PdfPreviews}. Package-private classes are the layout
 * engine and are not API.
 */
@org.jspecify.annotations.NullMarked
package io.github.vanban.core.render.pdf;
