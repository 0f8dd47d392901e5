// SPDX-License-Identifier: Apache-2.0
/**
 * The document model of Decree 30/2020/NĐ-CP: {@link io.github.vanban.core.model.AdministrativeDocument}
 * and its components, each able to derive the lines it prints.
 *
 * <p>Vietnamese terms map to identifiers as follows: "Kính gửi" is {@code Addressees} (JSON
 * {@code recipients}); "Nơi nhận" is {@code Distribution} (JSON {@code distribution}); "số, ký
 * hiệu" is {@code DocumentNumber}; "thẩm quyền ký" is {@code SigningCapacity}.
 */
@org.jspecify.annotations.NullMarked
package io.github.vanban.core.model;
