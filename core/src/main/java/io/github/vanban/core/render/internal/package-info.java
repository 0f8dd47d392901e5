// SPDX-License-Identifier: Apache-2.0
/** Rendering internals shared by the DOCX and PDF renderers. Not API: may change without notice. */
@org.jspecify.annotations.NullMarked
package io.github.vanban.core.render.internal;
