// SPDX-License-Identifier: Apache-2.0
/**
 * {@code vanban demo}: the whole Decree 30/2020/NĐ-CP workflow on the sample letter with throw-away
 * trust services inside the JVM ({@link io.github.vanban.samples.demo.Demo}).
 *
 * <p>Demonstration only: the PKI, time-stamp authority and OCSP responder it starts are for
 * trying vanban out and are never to be trusted beyond the demo's output.
 */
@org.jspecify.annotations.NullMarked
package io.github.vanban.samples.demo;
