// SPDX-License-Identifier: Apache-2.0
/**
 * Reading incoming documents (văn bản đến): extracting the Decree 30/2020/NĐ-CP components of a
 * received PDF, DOCX, DOC or ODT letter so that a records office need not type them by hand.
 *
 * <p>{@link io.github.vanban.core.parse.DocumentReader} detects the media type and extracts the
 * text with Apache Tika, then finds each component in it: issuing body, number and symbol, place
 * and date, type, subject, addressees, signer, distribution and the urgency and confidentiality
 * marks. Each {@link io.github.vanban.core.parse.ExtractedField} carries the text span it was read
 * from and a confidence, because letters come from many tools with the layout only roughly right.
 * For a PDF from vanban's renderer, the number and day that the records office filled into the
 * issuing form fields at issuance ({@link io.github.vanban.core.render.pdf.PdfFields}) complete the
 * "Số:" and date lines, whose page text shows them blank. Tika and PDFBox types never appear in
 * this package's signatures.
 */
@org.jspecify.annotations.NullMarked
package io.github.vanban.core.parse;
