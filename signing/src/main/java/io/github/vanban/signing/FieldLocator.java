// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where a signature goes: an existing field by name, the first empty signature field, a rectangle
 * on a page, or a place found by anchor text (the signer's printed name, for PDFs made elsewhere).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public sealed interface FieldLocator
        permits FieldLocator.FirstEmpty, FieldLocator.Named, FieldLocator.OnPage,
                FieldLocator.Anchored {

    /**
     * The first empty signature field in document order; when there is none, a new invisible
     * field (or, for a text stamp, a new field at the top right of page 1).
     *
     * @return the default locator
     */
    static FieldLocator firstEmpty() {
        return new FirstEmpty();
    }

    /**
     * An existing empty signature field, e.g. {@code vanban_signer} or {@code vanban_seal}. A field
     * of that name is created only for invisible signatures and text stamps.
     *
     * @param name the fully qualified field name
     * @return the locator
     */
    static FieldLocator named(String name) {
        return new Named(name);
    }

    /**
     * A new field on a page.
     *
     * @param page 1-based page number
     * @param leftMm distance of the field's left edge from the page's left edge, in mm
     * @param topMm distance of the field's top edge from the page's top edge, in mm
     * @param widthMm field width in mm
     * @param heightMm field height in mm
     * @return the locator
     */
    static FieldLocator onPage(int page, double leftMm, double topMm, double widthMm,
            double heightMm) {
        return new OnPage(page, leftMm, topMm, widthMm, heightMm);
    }

    /**
     * A new field centred horizontally on the first occurrence of {@code text} and sitting just
     * above it (the signature area above the signer's printed name, Decree 30 ô 7c).
     *
     * @param text text to find, e.g. the signer's full name
     * @param widthMm field width in mm
     * @param heightMm field height in mm
     * @return the locator
     */
    static FieldLocator anchoredTo(String text, double widthMm, double heightMm) {
        return new Anchored(text, widthMm, heightMm);
    }

    /** See {@link #firstEmpty()}. */
    record FirstEmpty() implements FieldLocator {}

    /**
     * See {@link #named(String)}.
     *
     * @param name field name
     */
    record Named(String name) implements FieldLocator {
        /** Validates the name. */
        public Named {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("name must not be blank");
            }
        }
    }

    /**
     * See {@link #onPage(int, double, double, double, double)}.
     *
     * @param page 1-based page
     * @param leftMm left edge in mm
     * @param topMm top edge in mm from the top of the page
     * @param widthMm width in mm
     * @param heightMm height in mm
     */
    record OnPage(int page, double leftMm, double topMm, double widthMm, double heightMm)
            implements FieldLocator {
        /** Validates the geometry. */
        public OnPage {
            if (page < 1) {
                throw new IllegalArgumentException("page must be >= 1, was " + page);
            }
            if (!(widthMm > 0) || !(heightMm > 0)) {
                throw new IllegalArgumentException("widthMm and heightMm must be > 0, were "
                        + widthMm + " and " + heightMm);
            }
        }
    }

    /**
     * See {@link #anchoredTo(String, double, double)}.
     *
     * @param text anchor text
     * @param widthMm width in mm
     * @param heightMm height in mm
     */
    record Anchored(String text, double widthMm, double heightMm) implements FieldLocator {
        /** Validates the anchor. */
        public Anchored {
            Objects.requireNonNull(text, "text");
            if (text.isBlank()) {
                throw new IllegalArgumentException("text must not be blank");
            }
            if (!(widthMm > 0) || !(heightMm > 0)) {
                throw new IllegalArgumentException("widthMm and heightMm must be > 0, were "
                        + widthMm + " and " + heightMm);
            }
        }
    }
}
