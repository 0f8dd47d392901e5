// SPDX-License-Identifier: Apache-2.0
/** Vietnamese text handling: NFC normalisation and Vietnamese-aware case mapping. */
@org.jspecify.annotations.NullMarked
package io.github.vanban.core.text;
