// SPDX-License-Identifier: Apache-2.0
/** Implementation of the signing module: not API, may change without notice. */
@org.jspecify.annotations.NullMarked
package io.github.vanban.signing.internal;
