// SPDX-License-Identifier: Apache-2.0
/**
 * File output that never leaves a half-written file: what the renderers, the command line and
 * applications use to write documents.
 */
@org.jspecify.annotations.NullMarked
package io.github.vanban.core.io;
