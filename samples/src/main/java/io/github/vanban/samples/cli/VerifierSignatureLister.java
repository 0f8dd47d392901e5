// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import io.github.vanban.signing.verify.CertificateInfo;
import io.github.vanban.signing.verify.ChangeKind;
import io.github.vanban.signing.verify.Reason;
import io.github.vanban.signing.verify.SignatureKind;
import io.github.vanban.signing.verify.SignatureReport;
import io.github.vanban.signing.verify.VerificationException;
import io.github.vanban.signing.verify.VerificationReport;
import io.github.vanban.signing.verify.Verifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Lists the signatures of a PDF for {@code vanban inspect} with {@link Verifier}, trusting no
 * certificate (inspect takes no trust anchors), so each line says whether the document is intact
 * and leaves trust to {@code vanban verify --trust}: e.g. "vanban_signer: Trần Văn Tuấn,
 * 2023-04-20 09:15:00 +07:00; intact; trust not checked (vanban verify --trust)".
 */
final class VerifierSignatureLister implements InspectCommand.SignatureLister {
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @Override
    public List<String> list(Path file) {
        if (!isPdf(file)) {
            return List.of();
        }
        VerificationReport report;
        try {
            report = Verifier.builder().build().verify(file);
        } catch (VerificationException | UncheckedIOException e) {
            return List.of("cannot check the signatures: " + e.getMessage());
        }
        // Without trust anchors a later signature cannot be trusted, so the verifier does not count
        // it as a permitted change; that says nothing about the document being altered.
        boolean altered = report.forbiddenChanges().stream()
                .anyMatch(c -> c.kind() != ChangeKind.SIGNATURE_ADDED
                        && c.kind() != ChangeKind.DOCUMENT_TIMESTAMP_ADDED);
        List<String> lines = new ArrayList<>();
        for (SignatureReport s : report.signatures()) {
            StringBuilder line = new StringBuilder(s.fieldName()).append(": ");
            line.append(s.signer().map(VerifierSignatureLister::name).orElse("(no certificate)"));
            s.claimedSigningTime().ifPresent(t -> line.append(", ").append(SignCommand.TIME.format(t)));
            if (s.kind() == SignatureKind.DOCUMENT_TIMESTAMP) {
                line.append(", document time-stamp");
            }
            // no level: without trust anchors the verifier cannot confirm the validation data
            line.append("; ").append(integrity(s, altered));
            lines.add(line.toString());
        }
        return lines;
    }

    private static String integrity(SignatureReport s, boolean altered) {
        switch (s.verdict()) {
            case INVALID:
                return "INVALID: " + s.reason().english();
            case VALID:
                return "valid";
            case INDETERMINATE:
                if (altered) {
                    return "the document was changed after signing in a way that is not permitted";
                }
                return s.reason() == Reason.NO_CERTIFICATE_CHAIN_FOUND
                                || s.reason() == Reason.CHANGED_BY_UNTRUSTED_SIGNATURE
                        ? "intact; trust not checked (vanban verify --trust)"
                        : "indeterminate: " + s.reason().english();
            default:
                throw new AssertionError(s.verdict());
        }
    }

    private static String name(CertificateInfo certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.subject()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (InvalidNameException e) {
            // fall through to the whole subject
        }
        return certificate.subject();
    }

    private static boolean isPdf(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(PDF_MAGIC.length), PDF_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }
}
