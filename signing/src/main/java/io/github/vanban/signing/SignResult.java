// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a signing call produced.
 *
 * @param fieldName fully qualified name of the signed field
 * @param signingTime the claimed signing time written to {@code /M} and displayed (whole seconds)
 * @param level the level reached
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SignResult(String fieldName, Instant signingTime, PadesLevel level) {
    /** Rejects nulls. */
    public SignResult {
        Objects.requireNonNull(fieldName, "fieldName");
        Objects.requireNonNull(signingTime, "signingTime");
        Objects.requireNonNull(level, "level");
    }
}
