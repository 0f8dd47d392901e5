// SPDX-License-Identifier: Apache-2.0
/**
 * The official forms (Mẫu) of Decree 30/2020/NĐ-CP, Appendix III, section II, as typed templates.
 *
 * <p>Each {@link io.github.vanban.templates.vn.FormTemplate} takes only what varies from one
 * document to the next and generates the form's fixed lines ("Căn cứ …;", "QUYẾT ĐỊNH:", the
 * labelled lines of a Giấy mời, the two signer columns of a Biên bản …); {@link
 * io.github.vanban.templates.vn.FormTemplate#document()} gives the core {@link
 * io.github.vanban.core.model.AdministrativeDocument}, rendered by core's DOCX and PDF renderers.
 * An {@link io.github.vanban.templates.vn.AgencyProfile} holds the header data an organisation
 * reuses on every document; {@link io.github.vanban.templates.vn.StructuredBody} numbers parts,
 * chapters, articles, clauses and points; {@link io.github.vanban.templates.vn.FormJson} reads a
 * form from JSON; {@link io.github.vanban.templates.vn.Letterhead} applies an organisation's own
 * DOCX letterhead template (styles, headers and footers with their images) to a rendered DOCX and
 * fills its content controls tagged with a {@link io.github.vanban.templates.vn.LetterheadTag}.
 */
@org.jspecify.annotations.NullMarked
package io.github.vanban.templates.vn;
