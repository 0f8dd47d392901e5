// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.pdf;

import java.util.Optional;

/**
 * A node of the logical structure (tagged PDF, ISO 32000-1 §14.8) created during layout; the
 * writer turns each into one structure element the first time content refers to it. Identity
 * matters: two tags with the same type are two elements.
 */
final class Tag {
    final String type;
    final Optional<Tag> parent;

    private Tag(String type, Optional<Tag> parent) {
        this.type = type;
        this.parent = parent;
    }

    /** Creates a top-level element under the Document element. */
    static Tag of(String type) {
        return new Tag(type, Optional.empty());
    }

    /** Creates a child element. */
    Tag child(String childType) {
        return new Tag(childType, Optional.of(this));
    }

    @Override
    public String toString() {
        return type;
    }
}
