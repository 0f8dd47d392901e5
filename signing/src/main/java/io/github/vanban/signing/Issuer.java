// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import io.github.vanban.signing.internal.AtomicOutput;
import io.github.vanban.signing.internal.FormFiller;
import io.github.vanban.signing.internal.Ltv;
import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The records office's part of the Decree 30 issuing workflow (§10.1): after the competent person
 * has signed, (2) assign the number and date by filling form fields in an incremental update (a
 * permitted form fill; the page content is never rewritten), then (3) apply the organisation's
 * signature with the seal. Earlier signatures stay valid.
 *
 * <p>Fields filled, as the PDF renderer emits them while the values are unassigned:
 *
 * <ul>
 *   <li>{@code vanban_number}: the number printed before "/symbol" ({@link
 *       Issuance#formattedNumber()});
 *   <li>{@code vanban_day}, {@code vanban_month}, {@code vanban_year}: the date parts ({@link
 *       Issuance#formattedDay()}, {@link Issuance#formattedMonth()}, {@link
 *       Issuance#formattedYear()}).
 * </ul>
 *
 * <p>A part with no field must already be printed on the page ("Số: 15/…", "ngày 05 tháng 3 năm
 * 2026") with the same value, otherwise an {@link IssuanceException} is thrown. The filled text
 * uses an embedded Liberation Serif at the size of the field's {@code /DA}, so PDF/A holds, placed
 * as its {@code /Q} says: flush right (the number against the "/" after it), centred or flush left.
 *
 * <p>The seal normally goes into the signature field {@code vanban_seal} with {@link
 * Appearance#seal(PngImage, double)}. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Issuer {
    private final PadesSigner sealSigner;

    private Issuer(PadesSigner sealSigner) {
        this.sealSigner = sealSigner;
    }

    /**
     * Creates an issuer that seals with the organisation's signer.
     *
     * @param sealSigner a signer holding the organisation's key
     * @return the issuer
     */
    public static Issuer of(PadesSigner sealSigner) {
        return new Issuer(Objects.requireNonNull(sealSigner, "sealSigner"));
    }

    /**
     * Step 2 only: fills the number and date fields of {@code input} into {@code output}.
     *
     * @param input a PDF already signed by the competent person (not modified)
     * @param output where the filled PDF goes
     * @param issuance number and date
     * @throws IssuanceException if a needed field is missing, filled differently, or the page
     *     prints another value, or there is nothing to fill, or no signature exists yet
     */
    public static void assignNumberAndDate(Path input, Path output, Issuance issuance) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(issuance, "issuance");
        requireSigned(input);
        try (AtomicOutput atomic = new AtomicOutput(input, output)) {
            Path temp = atomic.newTemp();
            if (!FormFiller.fill(input, temp, issuance)) {
                throw new IssuanceException("Nothing to fill in " + input
                        + ": it has no vanban_number/vanban_day/vanban_month/vanban_year field"
                        + " (the number and date are already printed)");
            }
            atomic.commit(temp);
        }
    }

    /**
     * Steps 2 and 3: fills the number and date (when fields exist) and applies the organisation's
     * signature described by {@code sealRequest}.
     *
     * @param input a PDF already signed by the competent person (not modified)
     * @param output where the issued PDF goes
     * @param issuance number and date
     * @param sealRequest the organisation signature, usually field {@code vanban_seal} with a
     *     seal appearance
     * @return the seal signature's result
     * @throws IssuanceException if the number or date cannot be assigned consistently
     */
    public SignResult issue(Path input, Path output, Issuance issuance, SignRequest sealRequest) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(issuance, "issuance");
        Objects.requireNonNull(sealRequest, "sealRequest");
        requireSigned(input);
        try (AtomicOutput atomic = new AtomicOutput(input, output)) {
            Path filled = atomic.newTemp();
            Path source = FormFiller.fill(input, filled, issuance) ? filled : input;
            return sealSigner.sign(source, output, sealRequest);
        }
    }

    private static void requireSigned(Path input) {
        if (Ltv.inspect(input).signatures() == 0) {
            throw new IssuanceException("Cannot issue " + input
                    + ": it has no signature of the competent person yet (Decree 30 Art. 32(2)(d))");
        }
    }
}
