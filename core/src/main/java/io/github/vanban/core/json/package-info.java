// SPDX-License-Identifier: Apache-2.0
/**
 * The JSON form of an administrative document, format version 1: the input of the {@code vanban}
 * command line and of any system that stores documents as text.
 *
 * <p>{@link io.github.vanban.core.json.DocumentJson} reads and writes it. Reading reports every
 * unknown field, wrong type and bad value in one {@link
 * io.github.vanban.core.json.DocumentParseException}, each problem with its line, column and JSON
 * pointer; malformed JSON syntax stops at the first error. A document that reads fine may still
 * break Decree 30 rules: that is {@link io.github.vanban.core.validation.DocumentValidator}'s job.
 */
@org.jspecify.annotations.NullMarked
package io.github.vanban.core.json;
