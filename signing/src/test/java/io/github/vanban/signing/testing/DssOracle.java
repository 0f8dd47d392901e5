// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.testing;

import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.spi.x509.revocation.ocsp.ExternalResourcesOCSPSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import io.github.vanban.signing.SigningException;
import io.github.vanban.signing.ValidationData;
import io.github.vanban.signing.ValidationDataSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * EU DSS 6.4 as a test oracle: validates a PDF with the test root as the only trust anchor,
 * either offline (only what the PDF embeds, for B-LT/B-LTA) or with OCSP responses and CRLs
 * fetched from the loopback servers beforehand (for B-B/B-T).
 */
public final class DssOracle {
    private DssOracle() {}

    /** How revocation data reaches DSS. */
    public enum Revocation {
        /** Only what the PDF embeds. */
        OFFLINE,
        /** Fetched from the loopback OCSP responder and CRL server for every PKI certificate. */
        LOOPBACK
    }

    /**
     * The DSS reports with helpers for assertions.
     *
     * @param reports the DSS reports
     */
    public record Result(Reports reports) {
        /**
         * Returns the signature ids in document order.
         *
         * @return ids
         */
        public List<String> signatureIds() {
            return reports.getSimpleReport().getSignatureIdList();
        }

        /**
         * Returns the indication of a signature.
         *
         * @param id signature id
         * @return the indication
         */
        public Indication indication(String id) {
            return reports.getSimpleReport().getIndication(id);
        }

        /**
         * Returns the format DSS recognised.
         *
         * @param id signature id
         * @return e.g. PAdES_BASELINE_LTA
         */
        public SignatureLevel format(String id) {
            return reports.getSimpleReport().getSignatureFormat(id);
        }

        /**
         * Returns the signer of a signature.
         *
         * @param id signature id
         * @return the signer name
         */
        public String signedBy(String id) {
            return reports.getSimpleReport().getSignedBy(id);
        }

        /**
         * Lists modifications DSS flags after each signature other than signatures, form fills
         * and DSS/time-stamp extensions (annotation and undefined changes, page and visual
         * differences). Annotation overlap is listed by {@link #annotationOverlaps()}.
         *
         * @return descriptions; empty when only permitted changes happened
         */
        public List<String> disallowedModifications() {
            List<String> found = new ArrayList<>();
            for (SignatureWrapper s : reports.getDiagnosticData().getSignatures()) {
                PDFRevisionWrapper revision = s.getPDFRevision();
                if (revision == null) {
                    continue;
                }
                revision.getPdfUndefinedChanges().forEach(c -> found.add(s.getId()
                        + " undefined change " + c.getAction() + " " + c.getValue()));
                revision.getPdfAnnotationChanges().forEach(c -> found.add(s.getId()
                        + " annotation change " + c.getAction() + " " + c.getValue()));
                if (!revision.getPdfVisualDifferenceConcernedPages().isEmpty()) {
                    found.add(s.getId() + " visual difference on pages "
                            + revision.getPdfVisualDifferenceConcernedPages());
                }
                if (!revision.getPdfPageDifferenceConcernedPages().isEmpty()) {
                    found.add(s.getId() + " page difference");
                }
            }
            return found;
        }

        /**
         * Lists the pages where DSS sees annotations overlapping. Decree 30 wants the seal over
         * the left third of the person's signature, so the issued letter is expected to show one.
         *
         * @return page numbers per signature id
         */
        public List<String> annotationOverlaps() {
            List<String> found = new ArrayList<>();
            for (SignatureWrapper s : reports.getDiagnosticData().getSignatures()) {
                PDFRevisionWrapper revision = s.getPDFRevision();
                if (revision != null && !revision.getPdfAnnotationsOverlapConcernedPages().isEmpty()) {
                    found.add(s.getId() + " " + revision.getPdfAnnotationsOverlapConcernedPages());
                }
            }
            return found;
        }

        /**
         * Summarises every signature for assertion messages.
         *
         * @return one line per signature with indication, format, errors and warnings
         */
        public String summary() {
            SimpleReport simple = reports.getSimpleReport();
            StringBuilder sb = new StringBuilder();
            for (String id : simple.getSignatureIdList()) {
                sb.append(simple.getSignedBy(id)).append(' ').append(simple.getSignatureFormat(id))
                        .append(' ').append(simple.getIndication(id)).append(' ')
                        .append(simple.getSubIndication(id)).append(" errors=")
                        .append(messages(simple.getAdESValidationErrors(id))).append(" warnings=")
                        .append(messages(simple.getAdESValidationWarnings(id))).append('\n');
            }
            return sb.toString();
        }

        private static List<String> messages(List<eu.europa.esig.dss.jaxb.object.Message> list) {
            List<String> out = new ArrayList<>();
            list.forEach(m -> out.add(m.getKey() + ":" + m.getValue()));
            return out;
        }
    }

    /**
     * Validates a PDF.
     *
     * @param pdf the file
     * @param pki the PKI whose root is trusted
     * @param revocation where revocation data comes from
     * @return the result
     */
    public static Result validate(Path pdf, TestPki pki, Revocation revocation) {
        return validate(pdf, pki.root().certificate(), revocation == Revocation.LOOPBACK
                ? java.util.Optional.of(pki) : java.util.Optional.empty());
    }

    /**
     * Validates a PDF offline (only what it embeds), trusting one root, e.g. one a program wrote
     * out after its PKI was gone.
     *
     * @param pdf the file
     * @param trustAnchor the only trusted certificate
     * @return the result
     */
    public static Result validateOffline(Path pdf, X509Certificate trustAnchor) {
        return validate(pdf, trustAnchor, java.util.Optional.empty());
    }

    private static Result validate(Path pdf, X509Certificate trustAnchor,
            java.util.Optional<TestPki> loopback) {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(trustAnchor));
        verifier.setTrustedCertSources(trusted);
        verifier.setAIASource(null);
        if (loopback.isPresent()) {
            TestPki pki = loopback.get();
            ValidationData data = fetchAll(pki);
            List<InputStream> ocsps = new ArrayList<>();
            data.ocspResponses().forEach(b -> ocsps.add(new ByteArrayInputStream(b)));
            List<InputStream> crls = new ArrayList<>();
            data.crls().forEach(b -> crls.add(new ByteArrayInputStream(b)));
            verifier.setOcspSource(new ExternalResourcesOCSPSource(ocsps.toArray(new InputStream[0])));
            verifier.setCrlSource(new ExternalResourcesCRLSource(crls.toArray(new InputStream[0])));
        } else {
            verifier.setOcspSource(null);
            verifier.setCrlSource(null);
        }
        SignedDocumentValidator validator =
                SignedDocumentValidator.fromDocument(new FileDocument(pdf.toFile()));
        validator.setCertificateVerifier(verifier);
        return new Result(validator.validateDocument());
    }

    /**
     * Fetches one certificate's status. The PKI's standing identities must have one, so a failure
     * there fails the test instead of silently turning a pass into INDETERMINATE. Other
     * certificates (revoked ones, or ones a negative test issued without telling the responder)
     * may have none; DSS then finds no status, which those tests expect.
     */
    private static ValidationData fetch(
            ValidationDataSource online, X509Certificate cert, X509Certificate issuer, boolean required) {
        try {
            return online.fetch(cert, issuer);
        } catch (SigningException e) {
            if (!required) {
                return ValidationData.empty();
            }
            throw new IllegalStateException("cannot fetch the status of "
                    + cert.getSubjectX500Principal() + " from the loopback responders", e);
        }
    }

    private static ValidationData fetchAll(TestPki pki) {
        ValidationDataSource online = ValidationDataSource.online(Duration.ofSeconds(10));
        List<X509Certificate> standing = List.of(pki.intermediate().certificate(), pki.leader().certificate(),
                pki.organisation().certificate(), pki.ecSigner().certificate(), pki.tsa().certificate(),
                pki.ocspResponder().certificate());
        ValidationData all = ValidationData.empty();
        for (X509Certificate cert : pki.allCertificates()) {
            if (cert.equals(pki.root().certificate())) {
                continue;
            }
            X509Certificate issuer = cert.equals(pki.intermediate().certificate())
                    ? pki.root().certificate() : pki.intermediate().certificate();
            boolean required = standing.contains(cert) && !pki.isRevoked(cert);
            all = all.merge(fetch(online, cert, issuer, required));
        }
        return all;
    }
}
