// SPDX-License-Identifier: Apache-2.0
/**
 * Verification of signed PDFs: integrity, trust, time, revisions and the published PDF signature
 * attacks (pdf-insecurity.org), with results in English and Vietnamese (Circular
 * 15/2025/TT-BKHCN).
 *
 * <p>Entry point: {@link io.github.vanban.signing.verify.Verifier}, which returns a {@link
 * io.github.vanban.signing.verify.VerificationReport} with one {@link
 * io.github.vanban.signing.verify.SignatureReport} per signature and document time-stamp and
 * every {@link io.github.vanban.signing.verify.Change} later revisions made. Verdicts follow ETSI
 * EN 319 102-1 ({@link io.github.vanban.signing.verify.Verdict}), with a {@link
 * io.github.vanban.signing.verify.Reason} modelled on its sub-indications.
 *
 * <p>A command line needs only a few lines:
 *
 * <pre>{@code
 * Verifier verifier = Verifier.builder().trustAnchorsFrom(root).build();
 * try {
 *     VerificationReport report = verifier.verify(pdf);
 *     System.out.print(json ? report.toJson() : report.toText());
 *     return report.exitCode();          // 0 valid, 1 invalid/indeterminate/altered
 * } catch (VerificationException | UncheckedIOException e) {
 *     System.err.println(e.getMessage());
 *     return 2;                          // unreadable input
 * }
 * }</pre>
 *
 * <p>Trust anchors for Vietnam (the Government Cipher Committee root "RootCA chuyên dùng Chính
 * phủ G2" and the NEAC national root are separate hierarchies) are described on {@link
 * io.github.vanban.signing.verify.Verifier}.
 */
@org.jspecify.annotations.NullMarked
package io.github.vanban.signing.verify;
