// SPDX-License-Identifier: Apache-2.0
/** The root of vanban-core: the exception taxonomy shared by its packages. */
@org.jspecify.annotations.NullMarked
package io.github.vanban.core;
