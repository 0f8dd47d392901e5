// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import io.github.vanban.signing.PadesLevel;
import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.cms.ContentInfo;

/** One verification of one file: the per-call state behind {@link Verifier#verify}. */
final class VerificationRun {
    private static final int MAX_SIGNATURES = 64;
    private static final long MAX_DSS_STREAM = 16L << 20;
    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final byte[] ENDOBJ = {'e', 'n', 'd', 'o', 'b', 'j'};
    private static final byte[] ENCRYPT = {'/', 'E', 'n', 'c', 'r', 'y', 'p', 't'};
    private static final Set<ChangeKind> DOCMDP_1 =
            Set.of(ChangeKind.VALIDATION_DATA, ChangeKind.DOCUMENT_TIMESTAMP_ADDED);
    private static final Set<ChangeKind> DOCMDP_2 = Set.of(ChangeKind.VALIDATION_DATA,
            ChangeKind.DOCUMENT_TIMESTAMP_ADDED, ChangeKind.SIGNATURE_ADDED,
            ChangeKind.FORM_FIELD_FILLED, ChangeKind.METADATA);

    private record Revision(int number, int end, PDDocument doc) {}

    private final PdfBytes file;
    private final Trust trust;
    private final Clock clock;
    private final int maxRevisions;
    private final List<Revision> revisions = new ArrayList<>();
    private final RevocationData dss = new RevocationData();
    /** Decoded bytes of /DSS entries still allowed; a hostile DSS cannot exhaust memory. */
    private long dssBudget = 64L << 20;
    /**
     * Forbidden changes whose only fault is that the signature that made them does not lead to
     * a trust anchor: earlier signatures become INDETERMINATE, not INVALID, since the change may
     * be legitimate under a root the caller did not configure.
     */
    private final Set<Change> untrustedAdditions =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    VerificationRun(PdfBytes file, Trust trust, Clock clock, int maxRevisions) {
        this.file = file;
        this.trust = trust;
        this.clock = clock;
        this.maxRevisions = maxRevisions;
    }

    VerificationReport run() {
        PdfRevisions raw = new PdfRevisions(file, maxRevisions * 4);
        try {
            for (int end : raw.candidateEnds()) {
                Optional<PDDocument> doc = raw.parse(end);
                if (doc.isPresent()) {
                    revisions.add(new Revision(revisions.size() + 1, end, doc.get()));
                    if (revisions.size() > maxRevisions) {
                        throw new VerificationException("The PDF has more than " + maxRevisions
                                + " revisions");
                    }
                }
            }
            if (revisions.isEmpty()) {
                file.throwIfReadFailed();
                if (file.indexOf(ENCRYPT, 0, file.length()) >= 0) {
                    throw new VerificationException("The PDF cannot be opened without a password "
                            + "(or does not parse strictly); encrypted PDFs are not supported");
                }
                throw new VerificationException("The input is not a PDF that parses strictly: no "
                        + "prefix ending at %%EOF has a valid cross-reference and trailer");
            }
            VerificationReport report = analyse(raw);
            file.throwIfReadFailed();
            return report;
        } finally {
            for (Revision r : revisions) {
                try {
                    r.doc.close();
                } catch (IOException e) {
                    // Views of the shared source, which the caller closes; nothing to release.
                }
            }
        }
    }

    private Revision last() {
        return revisions.get(revisions.size() - 1);
    }

    private VerificationReport analyse(PdfRevisions raw) {
        readDss(last().doc);
        List<SignatureFacts> sigs = collect();
        for (SignatureFacts f : sigs) {
            checkBytes(f, raw);
        }
        List<SignatureFacts> timestamps = sigs.stream()
                .filter(f -> f.kind == SignatureKind.DOCUMENT_TIMESTAMP).toList();
        for (SignatureFacts f : sigs) {
            if (f.kind != SignatureKind.DOCUMENT_TIMESTAMP && f.integrityPassed) {
                trustSignature(f, timestamps);
            }
        }
        List<Change> changes = changes(sigs);
        for (SignatureFacts f : sigs) {
            modifications(f, changes);
            level(f, timestamps);
        }
        List<SignatureReport> reports = new ArrayList<>();
        for (SignatureFacts f : sigs) {
            reports.add(new SignatureReport(f.fieldName, f.kind, f.subFilter,
                    Optional.ofNullable(f.signer).map(CertificateInfo::of),
                    f.path.stream().map(CertificateInfo::of).toList(), f.claimedTime,
                    f.timestampTime, f.level, f.byteRange, f.revision, f.coversWholeDocument,
                    f.docMdp, f.checks, f.reason()));
        }
        return new VerificationReport(reports, revisions.size(), changes,
                documentReason(reports, changes));
    }

    private Reason documentReason(List<SignatureReport> reports, List<Change> changes) {
        if (reports.isEmpty()) {
            return Reason.NO_SIGNATURE;
        }
        Reason worst = Reason.PASSED;
        for (SignatureReport r : reports) {
            Verdict combined = worst.verdict().worst(r.verdict());
            if (combined != worst.verdict()
                    || (r.verdict() == worst.verdict() && r.reason().ordinal() < worst.ordinal())) {
                worst = r.reason();
            }
        }
        List<Change> forbidden = changes.stream().filter(c -> !c.permitted()).toList();
        if (worst.verdict() != Verdict.INVALID && !untrustedAdditions.containsAll(forbidden)) {
            return Reason.DOCUMENT_MODIFIED;
        }
        if (worst.verdict() == Verdict.VALID && !forbidden.isEmpty()) {
            return Reason.CHANGED_BY_UNTRUSTED_SIGNATURE;
        }
        return worst;
    }

    // ---- discovery ---------------------------------------------------------------------

    private List<SignatureFacts> collect() {
        Map<String, SignatureFacts> found = new LinkedHashMap<>();
        for (int i = revisions.size() - 1; i >= 0; i--) {
            Revision r = revisions.get(i);
            for (Map.Entry<String, COSDictionary> e : signatureDictionaries(r.doc).entrySet()) {
                String key = e.getKey();
                if (found.containsKey(key) || found.size() >= MAX_SIGNATURES) {
                    continue;
                }
                SignatureFacts f = new SignatureFacts(e.getKey(), e.getValue());
                if (r != last()) {
                    f.fail("present-in-final-revision", Reason.DOCUMENT_MODIFIED,
                            "The signature is in revision " + r.number
                                    + " but no longer in the final revision");
                }
                found.put(key, f);
            }
        }
        COSDictionary docMdp = docMdpSignature(last().doc);
        List<SignatureFacts> out = new ArrayList<>(found.values());
        for (SignatureFacts f : out) {
            f.subFilter = Optional.ofNullable(f.dictionary.getNameAsString(COSName.SUB_FILTER))
                    .orElse("");
            if (COSName.DOC_TIME_STAMP.equals(f.dictionary.getCOSName(COSName.TYPE))
                    || SignatureChecker.RFC3161.equals(f.subFilter)) {
                f.kind = SignatureKind.DOCUMENT_TIMESTAMP;
            } else if (docMdp != null && CosCompare.same(
                    docMdp.getItem(COSName.BYTERANGE), f.dictionary.getItem(COSName.BYTERANGE))) {
                f.kind = SignatureKind.CERTIFICATION;
                f.docMdp = Optional.of(docMdpPermission(f.dictionary));
            }
            f.lock = fieldMdp(f.dictionary);
            try {
                Calendar m = new PDSignature(f.dictionary).getSignDate();
                f.claimedTime = Optional.ofNullable(m).map(Calendar::toInstant);
            } catch (RuntimeException e) {
                f.claimedTime = Optional.empty();
            }
        }
        out.sort(Comparator.comparingLong(VerificationRun::signedEndOrMax));
        return out;
    }

    private static long signedEndOrMax(SignatureFacts f) {
        COSBase br = f.dictionary.getDictionaryObject(COSName.BYTERANGE);
        if (br instanceof COSArray && ((COSArray) br).size() == 4) {
            COSArray a = (COSArray) br;
            if (a.getObject(2) instanceof org.apache.pdfbox.cos.COSInteger
                    && a.getObject(3) instanceof org.apache.pdfbox.cos.COSInteger) {
                return ((org.apache.pdfbox.cos.COSInteger) a.getObject(2)).longValue()
                        + ((org.apache.pdfbox.cos.COSInteger) a.getObject(3)).longValue();
            }
        }
        return Long.MAX_VALUE;
    }

    /** Field name to signature dictionary, for every signed signature field of {@code doc}. */
    private static Map<String, COSDictionary> signatureDictionaries(PDDocument doc) {
        Map<String, COSDictionary> out = new LinkedHashMap<>();
        try {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            if (form == null) {
                return out;
            }
            int n = 0;
            for (PDField field : form.getFieldTree()) {
                if (++n > 10_000) {
                    break;
                }
                if (field instanceof PDSignatureField) {
                    COSBase v = field.getCOSObject().getDictionaryObject(COSName.V);
                    if (v instanceof COSDictionary) {
                        out.putIfAbsent(field.getFullyQualifiedName(), (COSDictionary) v);
                    }
                }
            }
        } catch (RuntimeException e) {
            // A broken form in one revision hides its signatures; other revisions still count.
        }
        return out;
    }

    private static COSDictionary docMdpSignature(PDDocument doc) {
        try {
            COSDictionary perms = doc.getDocumentCatalog().getCOSObject()
                    .getCOSDictionary(COSName.PERMS);
            return perms == null ? null : perms.getCOSDictionary(COSName.DOCMDP);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The FieldMDP transform of a signature (ISO 32000-1 §12.8.2.4), read from the signed
     * {@code /Reference} rather than the unsigned field {@code /Lock}: which fields the signer
     * locked against later filling.
     */
    private static Optional<SignatureFacts.FieldLock> fieldMdp(COSDictionary sig) {
        COSArray refs = sig.getCOSArray(COSName.getPDFName("Reference"));
        if (refs == null) {
            return Optional.empty();
        }
        for (int i = 0; i < refs.size() && i < 64; i++) {
            COSBase ref = refs.getObject(i);
            if (ref instanceof COSDictionary && COSName.getPDFName("FieldMDP").equals(
                    ((COSDictionary) ref).getCOSName(COSName.getPDFName("TransformMethod")))) {
                COSDictionary params = ((COSDictionary) ref)
                        .getCOSDictionary(COSName.getPDFName("TransformParams"));
                if (params == null) {
                    return Optional.empty();
                }
                String action = params.getNameAsString(COSName.getPDFName("Action"), "All");
                List<String> fields = new ArrayList<>();
                COSArray names = params.getCOSArray(COSName.FIELDS);
                for (int j = 0; names != null && j < names.size() && j < 10_000; j++) {
                    if (names.getObject(j) instanceof org.apache.pdfbox.cos.COSString) {
                        fields.add(((org.apache.pdfbox.cos.COSString) names.getObject(j))
                                .getString());
                    }
                }
                return Optional.of(new SignatureFacts.FieldLock(action, fields));
            }
        }
        return Optional.empty();
    }

    /** The /P of the DocMDP transform (ISO 32000-1 §12.8.2.2); 2 when absent. */
    private static int docMdpPermission(COSDictionary sig) {
        COSArray refs = sig.getCOSArray(COSName.getPDFName("Reference"));
        if (refs != null) {
            for (int i = 0; i < refs.size(); i++) {
                COSBase ref = refs.getObject(i);
                if (ref instanceof COSDictionary && COSName.DOCMDP.equals(
                        ((COSDictionary) ref).getCOSName(COSName.getPDFName("TransformMethod")))) {
                    COSDictionary params = ((COSDictionary) ref)
                            .getCOSDictionary(COSName.getPDFName("TransformParams"));
                    int p = params == null ? 2 : params.getInt(COSName.P, 2);
                    return p >= 1 && p <= 3 ? p : 2;
                }
            }
        }
        return 2;
    }

    private void readDss(PDDocument doc) {
        COSDictionary d;
        try {
            d = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(DSS);
        } catch (RuntimeException e) {
            return;
        }
        if (d == null) {
            return;
        }
        dssArray(d.getCOSArray(COSName.getPDFName("Certs")), dss::addCertificate);
        dssArray(d.getCOSArray(COSName.getPDFName("OCSPs")), dss::addOcsp);
        dssArray(d.getCOSArray(COSName.getPDFName("CRLs")), dss::addCrl);
        // Some producers list data only per signature, in /VRI (keyed by the signature's hash).
        COSDictionary vri = d.getCOSDictionary(COSName.getPDFName("VRI"));
        if (vri != null) {
            int n = 0;
            for (COSName key : vri.keySet()) {
                COSBase entry = vri.getDictionaryObject(key);
                if (++n > 1_000 || !(entry instanceof COSDictionary)) {
                    continue;
                }
                COSDictionary v = (COSDictionary) entry;
                dssArray(v.getCOSArray(COSName.getPDFName("Cert")), dss::addCertificate);
                dssArray(v.getCOSArray(COSName.getPDFName("OCSP")), dss::addOcsp);
                dssArray(v.getCOSArray(COSName.getPDFName("CRL")), dss::addCrl);
            }
        }
    }

    private void dssArray(COSArray array, java.util.function.Consumer<byte[]> sink) {
        if (array == null) {
            return;
        }
        for (int i = 0; i < array.size() && i < 10_000 && dssBudget > 0; i++) {
            COSBase item = array.getObject(i);
            if (item instanceof COSStream && ((COSStream) item).getLength() < MAX_DSS_STREAM) {
                try (InputStream in = ((COSStream) item).createInputStream()) {
                    byte[] data = in.readNBytes((int) Math.min(MAX_DSS_STREAM, dssBudget));
                    dssBudget -= data.length;
                    sink.accept(data);
                } catch (IOException | RuntimeException e) {
                    // Unreadable entry: it cannot vouch for anything.
                }
            }
        }
    }

    // ---- bytes and cryptography ------------------------------------------------------

    private void checkBytes(SignatureFacts f, PdfRevisions raw) {
        Optional<SignatureChecker.Range> range = SignatureChecker.checkByteRange(f, file);
        if (range.isEmpty()) {
            return;
        }
        SignatureChecker.Range r = range.get();
        f.signedEnd = r.end();
        Optional<Revision> signed = revisions.stream()
                .filter(rev -> rev.end == r.end() || trimmed(rev.end) == r.end()).findFirst();
        if (signed.isEmpty()) {
            f.fail("revision-end", Reason.BYTE_RANGE_INVALID, "The signed range ends at "
                    + r.end() + ", which is not the end of a revision");
            return;
        }
        Revision rev = signed.get();
        f.revision = rev.number;
        f.coversWholeDocument = rev.end == file.length() || r.end() == file.length();
        f.pass("revision-end", "The signed range ends at the end of revision " + rev.number
                + " of " + revisions.size());
        if (!dictionaryInRevision(f, rev, r)) {
            return;
        }
        byte[] value = ((org.apache.pdfbox.cos.COSString) f.dictionary
                .getDictionaryObject(COSName.CONTENTS)).getBytes();
        if (f.kind == SignatureKind.DOCUMENT_TIMESTAMP) {
            if (!SignatureChecker.RFC3161.equals(f.subFilter)) {
                f.fail("sub-filter", Reason.UNSUPPORTED_FORMAT,
                        "A document time-stamp must use /SubFilter /ETSI.RFC3161, found "
                                + f.subFilter);
                return;
            }
            documentTimestamp(f, r, value);
        } else if (SignatureChecker.CADES.equals(f.subFilter)
                || SignatureChecker.PKCS7.equals(f.subFilter)) {
            SignatureChecker.checkCms(f, file, r, value);
        } else {
            f.fail("sub-filter", Reason.UNSUPPORTED_FORMAT, "Unsupported /SubFilter '"
                    + f.subFilter + "'");
        }
    }

    private int trimmed(int end) {
        int m = end;
        while (m > 0 && (file.at(m - 1) == '\n' || file.at(m - 1) == '\r')) {
            m--;
        }
        return m;
    }

    /**
     * The signature dictionary must be part of the revision it signs, unchanged in the final
     * revision, and the gap must lie inside that dictionary's own object.
     */
    private boolean dictionaryInRevision(SignatureFacts f, Revision rev,
            SignatureChecker.Range r) {
        COSDictionary inSigned = null;
        for (COSDictionary d : signatureDictionaries(rev.doc).values()) {
            COSBase range = d.getDictionaryObject(COSName.BYTERANGE);
            if (range != null && CosCompare.same(range,
                    f.dictionary.getDictionaryObject(COSName.BYTERANGE))) {
                inSigned = d;
                break;
            }
        }
        if (inSigned == null) {
            f.fail("signed-revision", Reason.BYTE_RANGE_INVALID,
                    "The signature dictionary is not part of the revision it claims to sign");
            return false;
        }
        COSObjectKey key = inSigned.getKey();
        if (key != null) {
            Long offset = rev.doc.getDocument().getXrefTable().get(key);
            int sectionStart = rev.number == 1 ? 0 : revisions.get(rev.number - 2).end;
            if (offset == null || offset < sectionStart || offset >= r.b()
                    || file.indexOf(ENDOBJ, offset, r.b()) >= 0) {
                f.fail("contents-gap", Reason.SIGNATURE_WRAPPING, "The gap [" + r.b() + ", "
                        + r.c() + ") is not inside signature dictionary " + key.getNumber() + " "
                        + key.getGeneration() + " R of revision " + rev.number);
                return false;
            }
        }
        if (!CosCompare.same(inSigned, f.dictionary)) {
            f.fail("dictionary-unchanged", Reason.DOCUMENT_MODIFIED, "The signature dictionary "
                    + "differs between the signed revision and the final revision: keys "
                    + CosCompare.differingKeys(inSigned, f.dictionary));
            return false;
        }
        f.pass("dictionary-unchanged", "The signature dictionary is the one of revision "
                + rev.number);
        return true;
    }

    private void documentTimestamp(SignatureFacts f, SignatureChecker.Range r, byte[] value) {
        Optional<ContentInfo> info = SignatureChecker.documentToken(f, value);
        if (info.isEmpty()) {
            return;
        }
        SignatureChecker.Token token = SignatureChecker.token(info.get(),
                alg -> SignatureChecker.digest(alg, file, r));
        token.tsa().ifPresent(t -> f.signer = t);
        if (token.failure().isPresent()) {
            f.fail("timestamp", token.failure().get(), token.detail());
            return;
        }
        f.pass("timestamp", token.detail());
        f.integrityPassed = true;
        f.timestampTime = token.time();
        X509Certificate tsa = token.tsa().orElseThrow();
        SignatureChecker.checkKey(f, tsa, "algorithms");
        List<X509Certificate> pool = new ArrayList<>(token.certificates());
        pool.addAll(dss.certificates);
        Trust.PathResult path = trust.path(tsa, pool, token.time().orElseThrow());
        if (path.failure().isPresent()) {
            f.fail("certificate-path", path.failure().get(), path.detail());
        } else {
            f.path = path.path();
            f.pass("certificate-path", path.detail());
        }
    }

    // ---- trust and time --------------------------------------------------------------

    private void trustSignature(SignatureFacts f, List<SignatureFacts> timestamps) {
        X509Certificate signer = f.signer;
        if (signer == null) {
            return;
        }
        List<X509Certificate> pool = new ArrayList<>(f.cmsCertificates);
        pool.addAll(dss.certificates);
        pool.addAll(f.cmsRevocation.certificates);
        if (f.pendingTimestamp.isPresent()) {
            SignatureChecker.PendingTimestamp pending = f.pendingTimestamp.get();
            SignatureChecker.Token token;
            try {
                token = SignatureChecker.token(ContentInfo.getInstance(
                        pending.attribute().getAttrValues().getObjectAt(0)),
                        alg -> java.security.MessageDigest.getInstance(alg)
                                .digest(pending.signatureValue()));
            } catch (RuntimeException e) {
                token = new SignatureChecker.Token(Optional.empty(), Optional.empty(), List.of(),
                        Optional.of(Reason.FORMAT_FAILURE), "Unreadable signature time-stamp");
            }
            if (token.failure().isPresent()) {
                f.fail("signature-timestamp", Reason.TIMESTAMP_FAILURE, token.detail());
            } else {
                List<X509Certificate> tsPool = new ArrayList<>(token.certificates());
                tsPool.addAll(pool);
                Trust.PathResult tsPath = trust.path(token.tsa().orElseThrow(), tsPool,
                        token.time().orElseThrow());
                if (tsPath.failure().isPresent()) {
                    f.fail("signature-timestamp", Reason.TIMESTAMP_FAILURE,
                            "Time-stamp not trusted: " + tsPath.detail());
                } else {
                    f.timestampTime = token.time();
                    f.pass("signature-timestamp", token.detail());
                }
            }
        }
        Instant poe = f.timestampTime.orElse(clock.instant());
        for (SignatureFacts ts : timestamps) {
            if (ts.integrityPassed && !ts.path.isEmpty() && ts.signedEnd > f.signedEnd
                    && ts.timestampTime.isPresent() && ts.timestampTime.get().isBefore(poe)) {
                poe = ts.timestampTime.get();
            }
        }
        Trust.PathResult path = trust.path(signer, pool, poe);
        if (path.failure().isPresent()) {
            f.fail("certificate-path", path.failure().get(), path.detail());
            f.path = path.path().isEmpty() ? List.of() : path.path();
            if (path.failure().get() == Reason.NO_CERTIFICATE_CHAIN_FOUND) {
                return;
            }
        } else {
            f.path = path.path();
            f.pass("certificate-path", path.detail());
        }
        for (int i = 0; i + 1 < f.path.size(); i++) {
            String alg = f.path.get(i).getSigAlgName().toUpperCase(java.util.Locale.ROOT);
            if (alg.contains("SHA1") || alg.contains("MD5") || alg.contains("MD2")) {
                f.fail("algorithms", Reason.CRYPTO_CONSTRAINTS_FAILURE, "Certificate "
                        + f.path.get(i).getSubjectX500Principal().getName() + " is signed with "
                        + alg);
            }
        }
        Trust.RevocationResult rev = trust.revocation(f.path, dss, f.cmsRevocation, poe);
        if (rev.failure().isPresent()) {
            f.fail("revocation", rev.failure().get(), rev.detail());
        } else {
            f.signerRevocationFromDss = rev.signerFromDss();
            f.pass("revocation", rev.detail());
        }
    }

    private void level(SignatureFacts f, List<SignatureFacts> timestamps) {
        if (f.kind == SignatureKind.DOCUMENT_TIMESTAMP || !f.integrityPassed
                || !SignatureChecker.CADES.equals(f.subFilter) || f.claimedTime.isEmpty()
                || !f.hasSigningCertificateV2 || f.hasSigningTimeAttribute) {
            return;
        }
        List<SignatureFacts> covering = timestamps.stream()
                .filter(t -> t.integrityPassed && !t.path.isEmpty() && t.signedEnd > f.signedEnd)
                .toList();
        PadesLevel level = PadesLevel.B_B;
        if (f.timestampTime.isPresent() || !covering.isEmpty()) {
            level = PadesLevel.B_T;
            if (f.signerRevocationFromDss) {
                level = PadesLevel.B_LT;
                int dssRevision = firstDssRevision();
                if (covering.stream().anyMatch(t -> t.revision > dssRevision)) {
                    level = PadesLevel.B_LTA;
                }
            }
        }
        f.level = Optional.of(level);
    }

    private int firstDssRevision() {
        for (Revision r : revisions) {
            try {
                if (r.doc.getDocumentCatalog().getCOSObject().containsKey(DSS)) {
                    return r.number;
                }
            } catch (RuntimeException e) {
                // Treat as no DSS in that revision.
            }
        }
        return Integer.MAX_VALUE;
    }

    // ---- revisions -------------------------------------------------------------------

    private List<Change> changes(List<SignatureFacts> sigs) {
        int first = sigs.stream().mapToInt(f -> f.revision).filter(n -> n > 0).min().orElse(0);
        List<RevisionComparer.Finding> findings = new ArrayList<>();
        if (first > 0) {
            TextBoxes text = new TextBoxes();
            Rendering rendering = new Rendering();
            for (int k = first + 1; k <= revisions.size(); k++) {
                Revision prev = revisions.get(k - 2);
                Revision next = revisions.get(k - 1);
                findings.addAll(RevisionComparer.compare(prev.doc, next.doc, k, file, prev.end,
                        next.end, text, rendering));
            }
        }
        int end = last().end;
        if (file.firstNonBlank(end) >= 0) {
            findings.add(new RevisionComparer.Finding(revisions.size() + 1, "file",
                    ChangeKind.HIDDEN_DATA, false, (file.length() - end)
                            + " bytes follow the last complete revision (after its %%EOF)",
                    Optional.empty()));
        }
        Optional<SignatureFacts> certification = sigs.stream()
                .filter(f -> f.kind == SignatureKind.CERTIFICATION && f.revision > 0).findFirst();
        List<Change> out = new ArrayList<>();
        for (RevisionComparer.Finding finding : findings) {
            boolean allowed = finding.permitted();
            boolean untrusted = false;
            String detail = finding.detail();
            if (finding.field().isPresent() && (finding.kind() == ChangeKind.SIGNATURE_ADDED
                    || finding.kind() == ChangeKind.DOCUMENT_TIMESTAMP_ADDED)) {
                String name = finding.field().get();
                Optional<SignatureFacts> adder = sigs.stream()
                        .filter(s -> s.fieldName.equals(name)).findFirst();
                boolean intact = adder.map(s -> s.integrityPassed).orElse(false);
                if (allowed && !intact) {
                    allowed = false;
                    detail += ", but that signature does not verify";
                } else if (allowed && adder.get().path.isEmpty()) {
                    allowed = false;
                    untrusted = true;
                    detail += ", but that signature does not lead to a trust anchor";
                }
            }
            if (allowed && finding.kind() == ChangeKind.FORM_FIELD_FILLED
                    && finding.field().isPresent()) {
                String name = finding.field().get();
                Optional<SignatureFacts> locker = sigs.stream().filter(s -> s.revision > 0
                        && s.revision < finding.revision() && s.locks(name)).findFirst();
                if (locker.isPresent()) {
                    allowed = false;
                    detail += " (locked by signature '" + locker.get().fieldName + "', FieldMDP)";
                }
            }
            if (certification.isPresent() && finding.revision() > certification.get().revision) {
                int p = certification.get().docMdp.orElse(2);
                Set<ChangeKind> ok = p == 1 ? DOCMDP_1 : DOCMDP_2;
                if (allowed && !ok.contains(finding.kind())) {
                    allowed = false;
                    detail += " (forbidden by the certification signature, DocMDP P=" + p + ")";
                }
            }
            Change change = new Change(finding.revision(), finding.object(), finding.kind(),
                    allowed, detail);
            if (untrusted && !allowed) {
                untrustedAdditions.add(change);
            }
            out.add(change);
        }
        return out;
    }

    private void modifications(SignatureFacts f, List<Change> changes) {
        if (f.revision == 0) {
            return;
        }
        List<Change> later = changes.stream().filter(c -> c.revision() > f.revision).toList();
        List<Change> forbidden = later.stream().filter(c -> !c.permitted()).toList();
        if (!forbidden.isEmpty()) {
            StringBuilder detail = new StringBuilder(forbidden.size()
                    + " change(s) after signing are not permitted: ");
            forbidden.stream().limit(5).forEach(c -> detail.append("[revision ")
                    .append(c.revision()).append("] ").append(c.detail()).append("; "));
            f.fail("modifications", untrustedAdditions.containsAll(forbidden)
                    ? Reason.CHANGED_BY_UNTRUSTED_SIGNATURE : Reason.DOCUMENT_MODIFIED,
                    detail.toString().trim());
        } else {
            f.pass("modifications", later.isEmpty() ? "No later changes"
                    : later.size() + " later change(s), all permitted");
        }
    }
}
