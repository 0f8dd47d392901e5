// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Runs the veraPDF validator (Greenfield parser) on PDF bytes; returns the failed rules. */
final class VeraPdf {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {}

    /**
     * Validates against a PDF/A flavour such as "2b" or "2a".
     *
     * @return one line per failed assertion; empty when compliant
     */
    static List<String> failures(byte[] pdf, String flavourId) throws Exception {
        PDFAFlavour flavour = PDFAFlavour.fromString(flavourId);
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return List.of();
            }
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " "
                            + a.getMessage() + " @ " + a.getLocation().getContext())
                    .distinct()
                    .limit(40)
                    .collect(Collectors.toList());
        }
    }
}
