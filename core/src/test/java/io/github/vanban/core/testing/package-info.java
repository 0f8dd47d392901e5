// SPDX-License-Identifier: Apache-2.0
/** Test fixtures shared through the core test-jar. */
@org.jspecify.annotations.NullMarked
package io.github.vanban.core.testing;
