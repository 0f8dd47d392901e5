// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * The demo's own integrity check of each signature, used because the PAdES verifier ({@code
 * io.github.vanban.signing.verify.Verifier}) is not available yet: the CMS signature over the
 * signed byte ranges verifies with the embedded signer certificate, and that certificate chains
 * (PKIX, revocation not checked here) to the demo root. This is no PAdES validation (no
 * time-stamp, revocation or modification checks); {@code pdfsig} or EU DSS trusting the written
 * root certificate do that.
 */
final class SignatureCheck {
    private SignatureCheck() {}

    /**
     * The outcome for one signature.
     *
     * @param field the signature field name
     * @param signer the signer certificate's subject
     * @param intact whether the CMS verifies over the signed bytes and the certificate chains to the root
     * @param wholeFile whether the signed ranges cover the file up to its end
     * @param problem why it is not intact, empty when it is
     */
    record Outcome(String field, String signer, boolean intact, boolean wholeFile, String problem) {}

    static List<Outcome> check(Path pdf, X509Certificate root) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pdf, e);
        }
        List<Outcome> outcomes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            for (PDSignatureField field : document.getSignatureFields()) {
                PDSignature signature = field.getSignature();
                if (signature != null) {
                    outcomes.add(checkOne(field.getFullyQualifiedName(), signature, bytes, root));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pdf + " as a PDF", e);
        }
        return outcomes;
    }

    private static Outcome checkOne(String field, PDSignature signature, byte[] file, X509Certificate root)
            throws IOException {
        int[] range = signature.getByteRange();
        boolean wholeFile = range.length == 4 && range[2] + range[3] == file.length;
        String signer = "(unknown)";
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(file)),
                    signature.getContents(file));
            SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(info.getSID());
            if (matches.isEmpty()) {
                return new Outcome(field, signer, false, wholeFile, "the signer certificate is not embedded");
            }
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            X509Certificate certificate = converter.getCertificate(matches.iterator().next());
            signer = certificate.getSubjectX500Principal().getName();
            if (!info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                return new Outcome(field, signer, false, wholeFile, "the CMS signature does not verify over the signed bytes");
            }
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(certificate);
            for (X509CertificateHolder holder : cms.getCertificates().getMatches(null)) {
                X509Certificate c = converter.getCertificate(holder);
                if (!c.equals(certificate) && !c.equals(root)) {
                    chain.add(c);
                }
            }
            PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
            parameters.setRevocationEnabled(false);
            CertPathValidator.getInstance("PKIX").validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(chain), parameters);
            return new Outcome(field, signer, true, wholeFile, "");
        } catch (CMSException | OperatorCreationException e) {
            return new Outcome(field, signer, false, wholeFile, "the CMS cannot be read: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            return new Outcome(field, signer, false, wholeFile, "the certificate does not chain to the demo root: " + e.getMessage());
        }
    }
}
