// SPDX-License-Identifier: Apache-2.0
/**
 * Checks an {@link io.github.vanban.core.model.AdministrativeDocument} against the format rules
 * of Decree 30/2020/NĐ-CP and reports every finding at once.
 *
 * <p>{@link io.github.vanban.core.validation.DocumentValidator} never throws for a broken rule:
 * failing a rule is data, a {@link io.github.vanban.core.validation.Finding} in a {@link
 * io.github.vanban.core.validation.ValidationReport}. Every rule, with its stable id, severity,
 * legal basis and Vietnamese term, is listed in one place: {@link
 * io.github.vanban.core.validation.Rule}.
 */
@org.jspecify.annotations.NullMarked
package io.github.vanban.core.validation;
