// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.parse;

import io.github.vanban.core.model.DocumentNumber;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The number and symbol (số, ký hiệu, ô 3) of an incoming document, split into its parts.
 *
 * <p>For "Số: 15/QĐ-UBND" the number is 15, the symbol "QĐ-UBND" and the type code "QĐ"
 * (Quyết định). A công văn's symbol ("SKHCN-VP") has no type code. A number left blank for the
 * records office ("Số:        /SKHCN-VP") is {@linkplain DocumentNumber#isAssigned() unassigned}.
 *
 * @param number the number and the whole symbol, as the model holds them
 * @param typeCode the type abbreviation that opens the symbol, when it is one the reader knows
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record NumberSymbol(DocumentNumber number, Optional<TypeCode> typeCode) {
    /** Creates a number and symbol. */
    public NumberSymbol {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(typeCode, "typeCode");
    }

    /**
     * Returns the part of the symbol after the type code, naming the issuing body (and, for a
     * công văn, the drafting unit): "UBND" in "QĐ-UBND", "SKHCN-VP" in "SKHCN-VP".
     *
     * @return the symbol without its type code
     */
    public String authorityCode() {
        String symbol = number.symbol();
        return typeCode.map(t -> symbol.length() > t.code().length() ? symbol.substring(t.code().length() + 1) : "")
                .orElse(symbol);
    }
}
