// SPDX-License-Identifier: Apache-2.0
/** Placeholder. */
@org.jspecify.annotations.NullMarked
package io.github.vanban.signing;
