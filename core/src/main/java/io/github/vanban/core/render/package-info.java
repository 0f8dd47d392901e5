// SPDX-License-Identifier: Apache-2.0
/**
 * Rendering of {@link io.github.vanban.core.model.AdministrativeDocument} to DOCX and PDF with one
 * shared {@link io.github.vanban.core.render.PageProfile}.
 */
@org.jspecify.annotations.NullMarked
package io.github.vanban.core.render;
