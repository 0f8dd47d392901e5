// SPDX-License-Identifier: Apache-2.0
/**
 * Layout conformance checks of a rendered PDF against Decree 30/2020/NĐ-CP, Appendix I, shared by
 * every producer: the DOCX renderer (through LibreOffice), the PDF renderer and the templates.
 *
 * <p>{@link io.github.vanban.core.render.conformance.PdfLayout} reads what a PDF shows (words with
 * their position, size and face; drawn horizontal rules); {@link
 * io.github.vanban.core.render.conformance.LayoutConformance} compares it with the {@link
 * io.github.vanban.core.model.AdministrativeDocument} and the {@link
 * io.github.vanban.core.render.PageProfile} it was rendered from and lists every {@link
 * io.github.vanban.core.render.conformance.Violation}. Ships in core's test-jar.
 */
@org.jspecify.annotations.NullMarked
package io.github.vanban.core.render.conformance;
