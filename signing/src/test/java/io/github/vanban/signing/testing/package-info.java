// SPDX-License-Identifier: Apache-2.0
/**
 * Reusable signing test fixtures, shipped in the signing test-jar: a throw-away PKI with
 * Vietnamese names ({@link io.github.vanban.signing.testing.TestPki}), a loopback RFC 3161 TSA
 * ({@link io.github.vanban.signing.testing.LoopbackTsa}), a real {@code openssl ocsp} responder
 * ({@link io.github.vanban.signing.testing.OpenSslOcspResponder}), a CRL server ({@link
 * io.github.vanban.signing.testing.CrlServer}), all started once per JVM by {@link
 * io.github.vanban.signing.testing.SigningFixtures}; plus oracles (EU DSS, poppler {@code pdfsig},
 * veraPDF) and test PDFs and images. Everything runs on loopback, no internet.
 */
@org.jspecify.annotations.NullMarked
package io.github.vanban.signing.testing;
