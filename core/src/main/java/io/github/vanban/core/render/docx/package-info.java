// SPDX-License-Identifier: Apache-2.0
/**
 * Rendering of an {@link io.github.vanban.core.model.AdministrativeDocument} to DOCX
 * (WordprocessingML) laid out as Decree 30/2020/NĐ-CP, Appendix I prescribes.
 *
 * <p>{@link io.github.vanban.core.render.docx.DocxRenderer} is the entry point; everything else
 * in this package is package-private. The output uses named paragraph styles ("VB Quoc Hieu",
 * "VB Body", …) so that an organisation can restyle a letter in Word, and it takes its geometry
 * from the same {@link io.github.vanban.core.render.PageProfile} and shared layout decisions as
 * the PDF renderer.
 */
@org.jspecify.annotations.NullMarked
package io.github.vanban.core.render.docx;
