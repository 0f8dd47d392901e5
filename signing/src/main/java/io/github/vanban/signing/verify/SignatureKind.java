// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

/** What a signature dictionary is (ISO 32000-2 §12.8). */
public enum SignatureKind {
    /** An approval signature ({@code /SubFilter} CAdES or PKCS#7). */
    APPROVAL,
    /** A certification signature: the catalog's {@code /Perms /DocMDP} points at it. */
    CERTIFICATION,
    /** A document time-stamp ({@code /Type /DocTimeStamp}, {@code /SubFilter /ETSI.RFC3161}). */
    DOCUMENT_TIMESTAMP
}
