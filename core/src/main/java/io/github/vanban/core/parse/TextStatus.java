// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.parse;

import org.apiguardian.api.API;

/** What the reader could get out of a document's text layer. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum TextStatus {
    /** Text was extracted; the fields were looked for in it. */
    EXTRACTED,
    /**
     * The document has no text: typically a scanned letter (image-only PDF) that needs OCR first.
     * No fields are found.
     */
    NO_TEXT_LAYER,
    /** The document is encrypted with a password the reader does not have. No fields are found. */
    ENCRYPTED
}
