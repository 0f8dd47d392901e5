// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

/**
 * The class of one change a later revision made to a signed document. Whether a given change is
 * permitted depends also on the DocMDP level of a certification signature; see {@link Change}.
 */
public enum ChangeKind {
    /**
     * A new signature (field, widget, appearance and dictionary), or the signing of an empty
     * field.
     */
    SIGNATURE_ADDED,
    /** A new document time-stamp. */
    DOCUMENT_TIMESTAMP_ADDED,
    /** Validation data added to or changed in the catalog's {@code /DSS} (and {@code /VRI}). */
    VALIDATION_DATA,
    /** The value and appearance of an existing non-signature form field changed. */
    FORM_FIELD_FILLED,
    /**
     * The document information dictionary or the catalog's XMP {@code /Metadata} changed (e.g. a
     * new modification date written by a signing tool); not displayed on any page.
     */
    METADATA,
    /** An annotation other than a signature widget was added, removed or changed. */
    ANNOTATION,
    /** A page's content, resources or other entries changed, or pages were added or removed. */
    PAGE_CONTENT,
    /** The document catalog, trailer or interactive form changed in a non-signing way. */
    CATALOG,
    /** An existing signature dictionary was changed (e.g. {@code /Reason} spoofing). */
    SIGNATURE_DICTIONARY_MODIFIED,
    /** An existing object was redefined and the change fits no permitted class. */
    OBJECT_MODIFIED,
    /** An existing object was deleted. */
    OBJECT_DELETED,
    /**
     * The incremental section holds data its cross-reference does not describe (object bodies
     * outside the xref, a {@code startxref} into an earlier revision, bytes after {@code %%EOF}):
     * lenient viewers may show what strict parsing ignores.
     */
    HIDDEN_DATA
}
