// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.examples;

import io.github.vanban.signing.verify.SignatureReport;
import io.github.vanban.signing.verify.VerificationReport;
import io.github.vanban.signing.verify.Verifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Verifies a signed letter against the roots an organisation trusts. */
public final class VerifyExample {
    private VerifyExample() {}

    /**
     * Verifies {@code pdf} trusting the certificates in {@code roots}, using only the revocation
     * data the PDF embeds (B-LT and up).
     *
     * @param pdf the signed letter (not modified)
     * @param roots a PEM or DER file of trusted roots
     * @return one line per signature: field, verdict and reason in Vietnamese
     */
    public static List<String> verify(Path pdf, Path roots) {
        List<String> lines = new ArrayList<>();
        // tag::verify[]
        Verifier verifier = Verifier.builder().trustAnchorsFrom(roots).build();
        VerificationReport report = verifier.verify(pdf);
        for (SignatureReport signature : report.signatures()) {
            lines.add(signature.fieldName() + ": " + signature.verdict() + " - " + signature.reason().vietnamese());
        }
        boolean valid = report.isValid(); // VALID only if every signature is and no forbidden change followed
        // end::verify[]
        lines.add("document: " + (valid ? "VALID" : report.verdict()));
        return lines;
    }
}
