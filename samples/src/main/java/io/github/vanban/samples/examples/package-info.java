// SPDX-License-Identifier: Apache-2.0
/**
 * Small runnable examples of the public API, quoted in the README through their {@code
 * tag::name[]} / {@code end::name[]} regions and run as tests: render, sign with PKCS#12, sign
 * through a remote service in two steps, issue and seal, verify, read an incoming document, render
 * with an organisation's letterhead.
 *
 * <p>Each example takes its inputs as parameters (files, URLs, keys), so the tests pass temporary
 * files and the loopback PKI.
 */
@org.jspecify.annotations.NullMarked
package io.github.vanban.samples.examples;
