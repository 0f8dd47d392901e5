// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import io.github.vanban.signing.internal.AtomicOutput;
import io.github.vanban.signing.internal.Cms;
import io.github.vanban.signing.internal.ContentsWriter;
import io.github.vanban.signing.internal.Ltv;
import io.github.vanban.signing.internal.PdfPreparer;
import io.github.vanban.signing.internal.TimeStamps;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.apiguardian.api.API;

/**
 * Signs PDFs with PAdES baseline signatures (ETSI EN 319 142-1 V1.2.1) from B-B to B-LTA, always as
 * incremental updates so earlier signatures stay valid.
 *
 * <ul>
 *   <li>{@link #sign} with a {@link SigningKey}: one call;
 *   <li>{@link #prepare} then {@link #complete}: for remote signing services that answer later,
 *       possibly in another process ({@link PendingSignature} can be stored);
 *   <li>{@link #extend}: raises an already signed file to B-T, B-LT or B-LTA.
 * </ul>
 *
 * <p>Keys must be RSA of at least 2048 bits or ECDSA on P-256/P-384 (Circular 15/2025/TT-BKHCN).
 * The signature is {@code ETSI.CAdES.detached} with signed attributes content-type,
 * message-digest and signing-certificate-v2 and no signing-time; the claimed time is {@code /M}
 * (whole seconds, written in +07:00) and is the time drawn in visible appearances. At B-T the TSA's
 * time must fall within {@link Builder#maxTimestampDelay} after it.
 *
 * <p>Safety: the input is never modified; output is written to a temporary file in the target
 * directory and atomically moved over the target. Instances are immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PadesSigner {
    private static final int TIMESTAMP_RESERVE = 12_288;
    /**
     * Room left in {@code /Contents} beyond the longest CMS the chain and scheme can produce, for
     * a key that returns a longer encoding than the minimal DER (some tokens pad ECDSA values).
     * Every reserved byte is written twice as a hex digit, so the reserve is kept tight.
     */
    private static final int CMS_SLACK = 512;

    private final Optional<SigningKey> key;
    private final Optional<TimestampSource> timestampSource;
    private final Optional<ValidationDataSource> validationDataSource;
    private final Clock clock;
    private final Duration maxTimestampDelay;
    /** The last signer information built; immutable, so a racing rebuild only repeats work. */
    private volatile Optional<Signer> lastSigner = Optional.empty();

    /** What {@link #signer} keeps per chain and scheme. */
    private record Signer(Cms.SignerParts parts, Optional<String> commonName) {}

    private PadesSigner(Builder b) {
        this.key = b.key;
        this.timestampSource = b.timestampSource;
        this.validationDataSource = b.validationDataSource;
        this.clock = b.clock;
        this.maxTimestampDelay = b.maxTimestampDelay;
    }

    /**
     * Starts a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Signs {@code input} into {@code output} with the configured key.
     *
     * @param input the PDF to sign (not modified)
     * @param output where the signed PDF goes (replaced atomically); must differ from input
     * @param request level, field, appearance
     * @return the signed field, the signing time and level
     * @throws IllegalStateException if no key, or no TSA/validation source for the level, is set
     * @throws SigningException if the file cannot be signed
     * @throws TimestampException if the TSA fails
     */
    public SignResult sign(Path input, Path output, SignRequest request) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(request, "request");
        SigningKey signingKey = key.orElseThrow(
                () -> new IllegalStateException("sign needs a key; set PadesSigner.Builder.key"));
        requireSources(request.level());
        List<X509Certificate> chain = signingKey.certificateChain();
        SignatureScheme scheme = request.scheme().orElse(signingKey.defaultScheme());
        try (AtomicOutput atomic = new AtomicOutput(input, output)) {
            Signer signer = signer(chain, scheme);
            Cms.SignerParts parts = signer.parts();
            Path prepared = atomic.newTemp();
            Instant time = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            // The key signs while the prepared revision is still in memory, so the file is
            // written once with the CMS in place.
            PdfPreparer.Prepared p = PdfPreparer.prepare(input, prepared,
                    spec(request, signer, time), digest -> {
                        byte[] attributes = parts.signedAttributes(digest);
                        byte[] value = signingKey.sign(attributes, scheme);
                        return cms(parts, attributes, value, request.level(), time);
                    });
            atomic.commit(addValidationData(atomic, prepared, request.level()));
            return new SignResult(p.fieldName(), time, request.level());
        }
    }

    /**
     * First step of remote signing: writes {@code prepared} (the input plus a signature dictionary
     * with an empty placeholder and the appearance) and returns what the remote key must sign.
     *
     * @param input the PDF to sign (not modified)
     * @param prepared where to write the prepared PDF; keep it until {@link #complete}
     * @param request level, field, appearance
     * @param chain the remote signer's certificate chain, signer first
     * @return the pending state; store it with {@link PendingSignature#encode()} if needed
     * @throws SigningException if the file cannot be prepared
     */
    public PendingSignature prepare(Path input, Path prepared, SignRequest request,
            List<X509Certificate> chain) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(prepared, "prepared");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(chain, "chain");
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("chain must not be empty");
        }
        SignatureScheme scheme = request.scheme().orElse(
                SignatureScheme.defaultFor(chain.get(0).getPublicKey().getAlgorithm()));
        try (AtomicOutput atomic = new AtomicOutput(input, prepared)) {
            Signer signer = signer(chain, scheme);
            Path temp = atomic.newTemp();
            Instant time = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            PdfPreparer.Prepared p = PdfPreparer.prepare(input, temp, spec(request, signer, time));
            byte[] attributes = signer.parts().signedAttributes(p.digest());
            byte[] fileDigest = sha256(temp);
            atomic.commit(temp);
            return new PendingSignature(request.level(), scheme, time, p.fieldName(),
                    p.contentsOffset(), p.contentsBytes(), attributes, chain, fileDigest);
        }
    }

    /**
     * Second step of remote signing: embeds the signature value into a copy of {@code prepared},
     * adds the time-stamp and validation data the level needs, and writes {@code output}.
     *
     * @param prepared the file written by {@link #prepare} (not modified)
     * @param pending the state returned by {@link #prepare}
     * @param signatureValue the raw signature over {@link PendingSignature#dataToBeSigned()}
     * @param output where the signed PDF goes
     * @return the signed field, the signing time and level
     * @throws SigningException if the prepared file changed or the value does not verify
     */
    public SignResult complete(Path prepared, PendingSignature pending, byte[] signatureValue,
            Path output) {
        Objects.requireNonNull(prepared, "prepared");
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(signatureValue, "signatureValue");
        Objects.requireNonNull(output, "output");
        requireSources(pending.level());
        if (!Arrays.equals(sha256(prepared), pending.preparedDigest())) {
            throw new SigningException("Prepared file " + prepared
                    + " is not the one this pending signature was made for (its digest differs)");
        }
        try (AtomicOutput atomic = new AtomicOutput(prepared, output)) {
            Path temp = atomic.newTemp();
            try {
                Files.copy(prepared, temp, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot copy " + prepared, e);
            }
            Path done = finish(atomic, temp, pending.contentsOffset(), pending.contentsBytes(),
                    signer(pending.certificateChain(), pending.scheme()).parts(),
                    pending.dataToBeSigned(), signatureValue, pending.level(),
                    pending.signingTime());
            atomic.commit(done);
            return new SignResult(pending.fieldName(), pending.signingTime(), pending.level());
        }
    }

    /**
     * Raises the signatures of an already signed file to {@code target}, appending revisions only:
     * a document time-stamp for B-T when no time-stamp exists, a {@code /DSS} for B-LT, and a new
     * document time-stamp for B-LTA (which also renews an existing B-LTA).
     *
     * @param input the signed PDF (not modified)
     * @param output where the extended PDF goes
     * @param target the level to reach (B-T or higher)
     * @throws IllegalArgumentException if target is B-B
     * @throws SigningException if the file has no signature or cannot be extended
     */
    public void extend(Path input, Path output, PadesLevel target) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(target, "target");
        if (target == PadesLevel.B_B) {
            throw new IllegalArgumentException("target must be B_T or higher, was B_B");
        }
        requireSources(target);
        Ltv.State state = Ltv.inspect(input);
        if (state.signatures() == 0) {
            throw new SigningException("Cannot extend " + input + ": it has no signature");
        }
        try (AtomicOutput atomic = new AtomicOutput(input, output)) {
            Path current = input;
            if (!state.allTimestamped()) {
                Path next = atomic.newTemp();
                documentTimestamp(current, next);
                current = next;
            }
            if (target.includes(PadesLevel.B_LT)) {
                Path next = atomic.newTemp();
                Ltv.addDss(current, next, validationDataSource.get());
                current = next;
            }
            if (target == PadesLevel.B_LTA) {
                Path next = atomic.newTemp();
                documentTimestamp(current, next);
                current = next;
            }
            if (current.equals(input)) {
                Path copy = atomic.newTemp();
                try {
                    Files.copy(input, copy, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot copy " + input, e);
                }
                current = copy;
            }
            atomic.commit(current);
        }
    }

    private Path finish(AtomicOutput atomic, Path file, long offset, int capacity,
            Cms.SignerParts parts, byte[] attributes, byte[] value, PadesLevel level,
            Instant time) {
        ContentsWriter.write(file, offset, capacity, cms(parts, attributes, value, level, time));
        return addValidationData(atomic, file, level);
    }

    /**
     * Checks the signature value against the signer's certificate (so a wrong key or scheme fails
     * before the file is written), adds the signature time-stamp from B-T, and assembles the CMS.
     */
    private byte[] cms(Cms.SignerParts parts, byte[] attributes, byte[] value, PadesLevel level,
            Instant time) {
        SignatureScheme scheme = parts.scheme();
        Cms.verify(parts.signerCertificate(), scheme, attributes, value);
        Optional<byte[]> token = Optional.empty();
        if (level.includes(PadesLevel.B_T)) {
            byte[] t = timestampSource.get().timestamp(Cms.digest(value, scheme),
                    scheme.digestAlgorithm());
            checkTimestampTime(TimeStamps.genTime(t), time);
            token = Optional.of(t);
        }
        return parts.assemble(attributes, value, token);
    }

    /** Appends the {@code /DSS} from B-LT and the document time-stamp at B-LTA. */
    private Path addValidationData(AtomicOutput atomic, Path signed, PadesLevel level) {
        Path current = signed;
        if (level.includes(PadesLevel.B_LT)) {
            Path next = atomic.newTemp();
            Ltv.addDss(current, next, validationDataSource.get());
            current = next;
        }
        if (level == PadesLevel.B_LTA) {
            Path next = atomic.newTemp();
            documentTimestamp(current, next);
            current = next;
        }
        return current;
    }

    private void checkTimestampTime(Instant genTime, Instant signingTime) {
        Instant shown = genTime.truncatedTo(ChronoUnit.SECONDS);
        if (shown.isBefore(signingTime) || shown.isAfter(signingTime.plus(maxTimestampDelay))) {
            throw new TimestampException("The TSA time " + genTime + " is not within "
                    + maxTimestampDelay + " after the signing time " + signingTime
                    + " shown on the page; check the clocks");
        }
    }

    private void documentTimestamp(Path input, Path output) {
        PdfPreparer.prepare(input, output, new PdfPreparer.Spec(
                PdfPreparer.Kind.DOCUMENT_TIMESTAMP, FieldLocator.firstEmpty(),
                Appearance.invisible(), clock.instant().truncatedTo(ChronoUnit.SECONDS),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                TIMESTAMP_RESERVE, "SHA-256"),
                digest -> timestampSource.get().timestamp(digest, "SHA-256"));
    }

    /**
     * Returns the signer information for a chain and scheme, built on first use and kept while
     * the same chain signs (one entry: a signer usually has one key; another chain replaces it).
     */
    private Signer signer(List<X509Certificate> chain, SignatureScheme scheme) {
        Optional<Signer> last = lastSigner;
        if (last.isPresent() && last.get().parts().isFor(chain, scheme)) {
            return last.get();
        }
        X509Certificate certificate = chain.get(0);
        if (!scheme.keyAlgorithm().equals(certificate.getPublicKey().getAlgorithm())) {
            throw new IllegalArgumentException("scheme " + scheme + " does not fit the "
                    + certificate.getPublicKey().getAlgorithm() + " key of "
                    + certificate.getSubjectX500Principal());
        }
        Signer signer = new Signer(Cms.SignerParts.of(chain, scheme), commonName(certificate));
        lastSigner = Optional.of(signer);
        return signer;
    }

    private static PdfPreparer.Spec spec(SignRequest request, Signer signer, Instant time) {
        Cms.SignerParts parts = signer.parts();
        requireStrongKey(parts.signerCertificate());
        int size = parts.maxLength() + CMS_SLACK;
        if (request.level().includes(PadesLevel.B_T)) {
            size += TIMESTAMP_RESERVE;
        }
        return new PdfPreparer.Spec(PdfPreparer.Kind.SIGNATURE, request.field(),
                request.appearance(), time, signer.commonName(), request.reason(),
                request.location(), request.contactInfo(), size,
                parts.scheme().digestAlgorithm());
    }

    /** Circular 15/2025/TT-BKHCN Annex I: RSA of 2048 bits or more, ECDSA on P-256 or P-384. */
    private static void requireStrongKey(X509Certificate signer) {
        java.security.PublicKey key = signer.getPublicKey();
        if (key instanceof java.security.interfaces.RSAPublicKey) {
            int bits = ((java.security.interfaces.RSAPublicKey) key).getModulus().bitLength();
            if (bits < 2048) {
                throw new SigningException("The RSA key of " + signer.getSubjectX500Principal()
                        + " has " + bits + " bits; at least 2048 are required");
            }
        } else if (key instanceof java.security.interfaces.ECPublicKey) {
            int bits = ((java.security.interfaces.ECPublicKey) key).getParams().getCurve()
                    .getField().getFieldSize();
            if (bits != 256 && bits != 384) {
                throw new SigningException("The EC key of " + signer.getSubjectX500Principal()
                        + " is on a " + bits + "-bit curve; P-256 or P-384 is required");
            }
        }
    }

    private static Optional<String> commonName(X509Certificate cert) {
        try {
            for (Rdn rdn : new LdapName(cert.getSubjectX500Principal().getName()).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return Optional.of(rdn.getValue().toString());
                }
            }
        } catch (javax.naming.InvalidNameException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private void requireSources(PadesLevel level) {
        if (level.includes(PadesLevel.B_T) && timestampSource.isEmpty()) {
            throw new IllegalStateException("level " + level
                    + " needs a timestampSource; set PadesSigner.Builder.timestampSource");
        }
        if (level.includes(PadesLevel.B_LT) && validationDataSource.isEmpty()) {
            throw new IllegalStateException("level " + level
                    + " needs a validationDataSource; set PadesSigner.Builder.validationDataSource");
        }
    }

    private static byte[] sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
            return md.digest();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builder for {@link PadesSigner}; a single-thread scratch object. */
    public static final class Builder {
        private Optional<SigningKey> key = Optional.empty();
        private Optional<TimestampSource> timestampSource = Optional.empty();
        private Optional<ValidationDataSource> validationDataSource = Optional.empty();
        private Clock clock = Clock.systemUTC();
        private Duration maxTimestampDelay = Duration.ofMinutes(10);

        private Builder() {}

        /**
         * Sets the key {@link #sign} uses (not needed for prepare/complete/extend).
         *
         * @param key the key
         * @return this builder
         */
        public Builder key(SigningKey key) {
            this.key = Optional.of(Objects.requireNonNull(key, "key"));
            return this;
        }

        /**
         * Sets the TSA, required from B-T.
         *
         * @param source the time-stamp source
         * @return this builder
         */
        public Builder timestampSource(TimestampSource source) {
            this.timestampSource = Optional.of(Objects.requireNonNull(source, "source"));
            return this;
        }

        /**
         * Sets where OCSP responses and CRLs come from, required from B-LT.
         *
         * @param source the validation data source
         * @return this builder
         */
        public Builder validationDataSource(ValidationDataSource source) {
            this.validationDataSource = Optional.of(Objects.requireNonNull(source, "source"));
            return this;
        }

        /**
         * Sets the clock for the claimed signing time (default: system clock).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets how much later than the signing time the TSA time may be (default 10 minutes,
         * which leaves room for remote approval). The TSA time may never be earlier.
         *
         * @param delay a non-negative duration
         * @return this builder
         */
        public Builder maxTimestampDelay(Duration delay) {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("maxTimestampDelay must be >= 0, was " + delay);
            }
            this.maxTimestampDelay = delay;
            return this;
        }

        /**
         * Builds the signer.
         *
         * @return the signer
         */
        public PadesSigner build() {
            return new PadesSigner(this);
        }
    }
}
