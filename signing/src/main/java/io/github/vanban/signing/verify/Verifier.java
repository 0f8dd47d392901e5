// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import io.github.vanban.signing.ValidationDataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies the signatures and document time-stamps of a PDF and every change made after them,
 * and returns a {@link VerificationReport}. Built to resist the published PDF signature attacks
 * (pdf-insecurity.org): universal signature forgery, incremental saving, signature wrapping,
 * shadow hide/replace, evil annotation and sneaky signature.
 *
 * <p>What it checks, per signature: the {@code /ByteRange} shape and that the gap holds exactly
 * the {@code /Contents} hex string; that the signed range ends at a revision end and the
 * signature dictionary belongs to that revision, unchanged later; the CMS message digest and
 * signature value (ETSI EN 319 122-1), the signing-certificate attribute, algorithm strength
 * (SHA-2/SHA-3, RSA ≥ 2048, EC ≥ 256, Circular 15/2025/TT-BKHCN); the certificate path to the
 * caller's trust anchors (RFC 5280) at the best proven signing time; revocation from the
 * {@code /DSS}, the CMS or, when enabled, online; signature and document time-stamps (RFC 3161);
 * the PAdES level (ETSI EN 319 142-1). Per document: every later revision is compared with the
 * one before, object by object, and each change is classified ({@link ChangeKind}). Permitted:
 * new signatures and document time-stamps (whose own signature must verify to a trust anchor),
 * validation data, metadata, and form fills whose widgets do not cover text of the signed page,
 * all within the DocMDP level of a certification signature (P=1 allows only validation data and
 * document time-stamps) and the FieldMDP locks of earlier signatures. A signature widget may
 * overlap signed text (the Decree 30 seal overlaps the signature and often the printed name) as
 * long as rendering both revisions shows it hides none of it. Everything else is forbidden —
 * page content, resources, fonts, the catalog, signature dictionaries, data outside the
 * cross-reference, and added annotations other than signature widgets, whatever the DocMDP
 * level: this strict policy is what defeats the shadow and evil annotation attacks.
 *
 * <p><b>Trust anchors.</b> Vietnam has two separate hierarchies, and a receiving system for
 * government documents normally trusts both: the Government Cipher Committee's dedicated root
 * "RootCA chuyên dùng Chính phủ G2" (Ban Cơ yếu Chính phủ, published at {@code
 * ca.gov.vn/pki/pub/crt/rootcag2.crt}; check its SHA-256 fingerprint {@code
 * F04BA4B459A7C9A1B971AD9B1CB833E695A80C79AEA63B174B66A70EDFE2FDB8} before trusting it) and the
 * national public root of NEAC (rootca.gov.vn), under which VNPT-CA, Viettel-CA and the other
 * licensed CAs issue. Download each root once from its publisher, check the fingerprint out of
 * band, and pass both: {@code Verifier.builder().trustAnchorsFrom(Path.of("rootcag2.crt"))
 * .trustAnchorsFrom(Path.of("neac-root.crt")).build()}. Intermediate CAs need not be trusted;
 * they are taken from the signature and the {@code /DSS}. No certificate is trusted by default.
 *
 * <p><b>Bounded work.</b> Input is accepted up to {@link Builder#maxFileSize(long)} bytes. A
 * file ({@link #verify(Path)}) is not read into memory: the revisions are parsed through a
 * 1 MiB page cache of the file, streams are read only when a check needs them, and the signed
 * byte ranges are digested and scanned through a fixed buffer, so the heap needed follows the
 * document's structure, not the size of its images (a 201 MiB signed PDF verifies with
 * {@code -Xmx256m} at a heap peak of 62 to 88 MiB, as a 100 KB letter does: the JVM's and
 * Bouncy Castle's start-up, not the file). Only each incremental section after the first signed
 * revision is read whole, for its raw object scan. The byte-array and stream overloads hold the
 * whole input in memory. At most {@link Builder#maxRevisions(int)} revisions and 64 signatures
 * are analysed; object walks and comparisons are budgeted. Malformed input gives a report with
 * INVALID or INDETERMINATE verdicts, or, when nothing of it parses, a {@link
 * VerificationException}; no other exception escapes for bad input.
 *
 * <p><b>Known limits.</b> Revocation is checked for the signer's path, not for TSA certificates
 * or OCSP responder certificates (their signatures and paths are). Overlap is judged against the
 * <em>text</em> of the signed page: a widget over an image or drawing only is not examined, and
 * whole pages are not compared visually (DSS's {@code PdfVisualDifference}). A form field placed
 * over signed text may not be filled later, even in good faith. Encrypted PDFs are not
 * supported.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Verifier {
    private final List<X509Certificate> anchors;
    private final Optional<ValidationDataSource> online;
    private final Clock clock;
    private final long maxFileSize;
    private final int maxRevisions;

    private Verifier(Builder b) {
        this.anchors = List.copyOf(b.anchors);
        this.online = b.online;
        this.clock = b.clock;
        this.maxFileSize = b.maxFileSize;
        this.maxRevisions = b.maxRevisions;
    }

    /**
     * Starts a builder: no trust anchors, offline, system clock, 256 MiB and 100 revisions.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies the PDF at {@code pdf}, reading it from disk as needed rather than into memory: the
     * heap needed does not grow with the size of the file's images and other streams.
     *
     * @param pdf the file to verify (not modified; it must not change while it is verified)
     * @return the report
     * @throws VerificationException if the file is too large or is not a readable PDF
     * @throws UncheckedIOException if the file cannot be read
     */
    public VerificationReport verify(Path pdf) {
        Objects.requireNonNull(pdf, "pdf");
        try {
            long size = Files.size(pdf);
            if (size > maxFileSize) {
                throw new VerificationException(pdf + " has " + size
                        + " bytes, more than the limit of " + maxFileSize);
            }
            try (PdfBytes bytes = PdfBytes.open(pdf)) {
                return verify(bytes, pdf.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pdf, e);
        }
    }

    /**
     * Verifies the PDF read from {@code in}, which is read to its end but not closed. The whole
     * input is held in memory; prefer {@link #verify(Path)} for large files.
     *
     * @param in the PDF bytes
     * @return the report
     * @throws VerificationException if the input is too large or is not a readable PDF
     * @throws UncheckedIOException if the stream fails
     */
    public VerificationReport verify(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileSize + 1));
            if (bytes.length > maxFileSize) {
                throw new VerificationException("The input has more than " + maxFileSize
                        + " bytes");
            }
            return verify(PdfBytes.of(bytes), "the input stream");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the PDF stream", e);
        }
    }

    /**
     * Verifies the PDF in {@code pdf}, after copying it (the caller may reuse the array): this
     * needs twice the array's size in memory; prefer {@link #verify(Path)} for large files.
     *
     * @param pdf the PDF bytes (not modified)
     * @return the report
     * @throws VerificationException if the input is too large or is not a readable PDF
     */
    public VerificationReport verify(byte[] pdf) {
        Objects.requireNonNull(pdf, "pdf");
        if (pdf.length > maxFileSize) {
            throw new VerificationException("The input has " + pdf.length
                    + " bytes, more than the limit of " + maxFileSize);
        }
        return verify(PdfBytes.of(pdf.clone()), "the input");
    }

    private VerificationReport verify(PdfBytes bytes, String name) {
        try {
            Trust trust = new Trust(anchors, online);
            return new VerificationRun(bytes, trust, clock, maxRevisions).run();
        } catch (VerificationException e) {
            throw new VerificationException("Cannot verify " + name + ": " + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            // Hostile structures can reach PDFBox or Bouncy Castle paths that throw unchecked
            // exceptions; the caller gets one typed failure instead, unless the file itself
            // could not be read.
            bytes.throwIfReadFailed();
            throw new VerificationException("Cannot verify " + name + ": malformed PDF ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads every X.509 certificate in a PEM file (one or more {@code BEGIN CERTIFICATE}
     * blocks) or a DER file.
     *
     * @param file the certificate file
     * @return the certificates, in file order
     * @throws IllegalArgumentException if the file holds no certificate
     * @throws UncheckedIOException if the file cannot be read
     */
    public static List<X509Certificate> readCertificates(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        try {
            List<X509Certificate> out = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(bytes))) {
                out.add((X509Certificate) c);
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException("file holds no X.509 certificate: " + file);
            }
            return List.copyOf(out);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("file is not a PEM or DER X.509 certificate: "
                    + file, e);
        }
    }

    /** Builder for {@link Verifier}; a single-thread scratch object. */
    public static final class Builder {
        private final List<X509Certificate> anchors = new ArrayList<>();
        private Optional<ValidationDataSource> online = Optional.empty();
        private Clock clock = Clock.systemUTC();
        private long maxFileSize = 256L << 20;
        private int maxRevisions = 100;

        private Builder() {}

        /**
         * Adds a trust anchor (a root CA certificate the caller trusts).
         *
         * @param anchor the certificate
         * @return this builder
         */
        public Builder trustAnchor(X509Certificate anchor) {
            anchors.add(Objects.requireNonNull(anchor, "anchor"));
            return this;
        }

        /**
         * Adds trust anchors.
         *
         * @param certificates the certificates
         * @return this builder
         */
        public Builder trustAnchors(Collection<X509Certificate> certificates) {
            Objects.requireNonNull(certificates, "certificates");
            certificates.forEach(this::trustAnchor);
            return this;
        }

        /**
         * Adds every certificate of a PEM or DER file as a trust anchor.
         *
         * @param file e.g. {@code rootcag2.crt}
         * @return this builder
         * @throws IllegalArgumentException if the file holds no certificate
         * @throws UncheckedIOException if it cannot be read
         */
        public Builder trustAnchorsFrom(Path file) {
            return trustAnchors(readCertificates(file));
        }

        /**
         * Allows fetching revocation status online (OCSP from the certificate's AIA, else its
         * CRL distribution points) when the PDF does not embed it. Off by default.
         *
         * @param timeout connect and read timeout per request
         * @return this builder
         */
        public Builder online(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            this.online = Optional.of(ValidationDataSource.online(timeout));
            return this;
        }

        /**
         * Uses {@code source} for revocation data the PDF does not embed (e.g. a cache of the
         * receiving system), instead of fetching online.
         *
         * @param source the source
         * @return this builder
         */
        public Builder validationDataSource(ValidationDataSource source) {
            this.online = Optional.of(Objects.requireNonNull(source, "source"));
            return this;
        }

        /**
         * Sets the clock that gives the validation time of signatures without a time-stamp.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the largest input accepted, in bytes.
         *
         * @param bytes at least 1, at most 2 GiB minus 8
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxFileSize(long bytes) {
            if (bytes < 1 || bytes > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("maxFileSize must be in [1, "
                        + (Integer.MAX_VALUE - 8) + "], was " + bytes);
            }
            this.maxFileSize = bytes;
            return this;
        }

        /**
         * Sets the largest number of revisions analysed.
         *
         * @param count at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxRevisions(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("maxRevisions must be >= 1, was " + count);
            }
            this.maxRevisions = count;
            return this;
        }

        /**
         * Builds the verifier.
         *
         * @return an immutable verifier
         */
        public Verifier build() {
            return new Verifier(this);
        }
    }
}
