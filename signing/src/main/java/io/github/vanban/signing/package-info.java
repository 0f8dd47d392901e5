// SPDX-License-Identifier: Apache-2.0
/**
 * PAdES signing of PDF documents (ETSI EN 319 142-1, levels B-B to B-LTA) with the visible
 * signature and seal appearances of Decree 30/2020/NĐ-CP (Appendix I), and the issuing workflow
 * (leader signs, records office assigns number and date, organisation seals).
 *
 * <p>Entry points: {@link io.github.vanban.signing.PadesSigner} (sign, prepare/complete for remote
 * signing, extend), {@link io.github.vanban.signing.Issuer} (number and date assignment and the
 * seal), {@link io.github.vanban.signing.SigningKey} (where the private key lives). Every
 * operational failure is a {@link io.github.vanban.signing.SigningException}.
 */
@org.jspecify.annotations.NullMarked
package io.github.vanban.signing;
