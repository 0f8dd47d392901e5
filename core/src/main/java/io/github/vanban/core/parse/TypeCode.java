// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.parse;

import io.github.vanban.core.model.DocumentType;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The document-type abbreviation that opens a symbol ("QĐ" in "QĐ-UBND"), as recognised by the
 * reader.
 *
 * <p>Legacy abbreviations that Appendix III of Decree 30/2020/NĐ-CP does not list (for example
 * "CV" for công văn, from Party documents and older rules) are recognised and
 * {@linkplain #isLegacy() flagged}, not rejected: an incoming document is registered as it
 * arrived.
 *
 * @param code the abbreviation exactly as printed
 * @param type the document type it stands for
 * @param legacy {@code true} when the code is not the Appendix III abbreviation of {@code type}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TypeCode(String code, DocumentType type, boolean legacy) {
    /** Creates a type code. */
    public TypeCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code must not be blank");
        }
    }

    /**
     * Tells whether the code is a legacy or non-standard spelling rather than the Appendix III
     * abbreviation.
     *
     * @return the {@code legacy} flag
     */
    public boolean isLegacy() {
        return legacy;
    }
}
