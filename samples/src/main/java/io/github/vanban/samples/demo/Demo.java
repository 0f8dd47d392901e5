// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.demo;

import io.github.vanban.core.json.DocumentJson;
import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.render.docx.DocxRenderer;
import io.github.vanban.core.render.pdf.PdfPreviews;
import io.github.vanban.core.render.pdf.PdfRenderer;
import io.github.vanban.core.io.AtomicFile;
import io.github.vanban.signing.Appearance;
import io.github.vanban.signing.Issuance;
import io.github.vanban.signing.Issuer;
import io.github.vanban.signing.PadesLevel;
import io.github.vanban.signing.SignRequest;
import io.github.vanban.signing.SignResult;
import io.github.vanban.signing.testing.TestPki;
import io.github.vanban.signing.verify.CertificateInfo;
import io.github.vanban.signing.verify.SignatureKind;
import io.github.vanban.signing.verify.SignatureReport;
import io.github.vanban.signing.verify.VerificationReport;
import io.github.vanban.signing.verify.Verifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The whole Decree 30 workflow on the sample letter, with nothing to install: a throw-away PKI, a
 * time-stamp authority and an OCSP responder started inside this JVM on loopback; the letter
 * rendered to DOCX and PDF; signed by the leader (a generated blue specimen signature) in {@code
 * vanban_signer}; number and date issued and the organisation's seal (a generated red round
 * specimen, 36 mm) signed into {@code vanban_seal}, both at PAdES B-LT; the result verified with
 * {@link Verifier} trusting only the demo root and only what the PDF embeds;
 * PNG previews of the pages; and the demo root certificate written, so that {@code pdfsig} or EU
 * DSS can validate the result trusting it.
 *
 * <p>Files written to the output directory: {@value #DOCX}, {@value #PDF}, {@value #LEADER_SIGNED},
 * {@value #SIGNED}, {@value #ROOT_PEM}, {@code preview/page-N.png} and the manifest {@value
 * OutputManifest#NAME}. A re-run replaces only files the manifest says an earlier run wrote and
 * that are unchanged; any other existing target stops the run before anything is written ({@link
 * OutputConflictException}) unless {@link Builder#force(boolean)}.
 *
 * <p>Not thread-safe: one run at a time per output directory. Its certificates are for
 * demonstration only ("thử nghiệm" in every name) and are thrown away after the run.
 */
public final class Demo {
    /** The editable draft (văn bản dự thảo), number and day left blank for the records office. */
    public static final String DOCX = "cong-van-lai-chau.docx";
    /** The PDF rendering, with empty signature fields and number/date fields. */
    public static final String PDF = "cong-van-lai-chau.pdf";
    /** After the leader's signature only. */
    public static final String LEADER_SIGNED = "cong-van-lai-chau.leader-signed.pdf";
    /** The issued letter: leader's signature, number and date, organisation's seal. */
    public static final String SIGNED = "cong-van-lai-chau.signed.pdf";
    /** The demo root certificate, the only trust anchor of both signatures. */
    public static final String ROOT_PEM = "demo-root-ca.pem";
    /** The seal's printed diameter in millimetres. */
    public static final double SEAL_DIAMETER_MM = 36;

    private static final String SEED = "cong-van-lai-chau.json";
    private static final String PREVIEWS = "preview";
    private static final float PREVIEW_DPI = 100;

    private final Path directory;
    private final boolean force;
    private final LocalDate date;
    private final int number;

    private Demo(Builder b) {
        this.directory = b.directory;
        this.force = b.force;
        this.date = b.date.orElseGet(() -> LocalDate.now(IssueDate.ZONE));
        this.number = b.number;
    }

    /**
     * Starts a builder.
     *
     * @return a builder writing to {@code demo-out}, issuing number 15 today in Vietnam
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the sample letter shipped with the demo ({@code samples/documents/cong-van-lai-chau.json}).
     *
     * @return the letter as its JSON says (month of issue known, number and day blank)
     */
    public static AdministrativeDocument sampleLetter() {
        try (InputStream in = Demo.class.getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("The sample letter " + SEED + " is missing from the classpath");
            }
            return DocumentJson.read(in, SEED);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sample letter " + SEED, e);
        }
    }

    /**
     * Runs the demo.
     *
     * @return what was written, each signature's verdict and the step times
     * @throws OutputConflictException if the output directory holds files the demo did not write
     *     and {@code force} is off; nothing is written then
     * @throws UncheckedIOException if the output directory cannot be written
     * @throws io.github.vanban.signing.SigningException if signing fails
     */
    public DemoReport run() {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the output directory " + directory, e);
        }
        OutputManifest manifest = OutputManifest.read(directory);
        List<String> targets = new ArrayList<>(List.of(DOCX, PDF, LEADER_SIGNED, SIGNED, ROOT_PEM));
        targets.addAll(existingPreviews());
        List<String> foreign = manifest.foreign(targets);
        if (!force && !foreign.isEmpty()) {
            throw new OutputConflictException(directory, foreign);
        }
        List<DemoReport.Step> steps = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        // The letter is drafted with number and whole date blank; the records office fills both at issuance.
        AdministrativeDocument letter = sampleLetter().toBuilder().date(IssueDate.pending()).build();
        // The DOCX needs docx4j's slow first start and nothing else needs the DOCX: render it alongside.
        List<DemoReport.Step> docxStep = new ArrayList<>();
        CompletableFuture<Void> docx = CompletableFuture.runAsync(() ->
                timed(docxStep, "render DOCX (alongside)", () -> AtomicFile.write(file(DOCX), DocxRenderer.create().render(letter))));
        try (DemoPki trust = timed(steps, "start PKI, TSA, OCSP and CRL servers", DemoPki::start)) {
            TestPki pki = trust.pki();
            timed(steps, "render PDF", () -> PdfRenderer.create().render(letter, file(PDF)));
            record(manifest, written, PDF);
            SignResult leader = timed(steps, "sign as the leader (B-LT)", () -> trust.signer(pki.leader(), "leader")
                    .sign(file(PDF), file(LEADER_SIGNED), SignRequest.builder()
                            .level(PadesLevel.B_LT)
                            .fieldName("vanban_signer")
                            .appearance(Appearance.signature(SpecimenImages.signature()))
                            .reason("Ký văn bản (mẫu thử nghiệm)")
                            .location(letter.place())
                            .build()));
            record(manifest, written, LEADER_SIGNED);
            SignResult seal = timed(steps, "issue number " + number + ", date " + date + " and seal (B-LT)",
                    () -> Issuer.of(trust.signer(pki.organisation(), "organisation"))
                            .issue(file(LEADER_SIGNED), file(SIGNED), new Issuance(number, date), SignRequest.builder()
                                    .level(PadesLevel.B_LT)
                                    .fieldName("vanban_seal")
                                    .appearance(Appearance.seal(SpecimenImages.seal(
                                            "SỞ KHOA HỌC VÀ CÔNG NGHỆ • TỈNH LAI CHÂU • "), SEAL_DIAMETER_MM))
                                    .reason("Ban hành văn bản (mẫu thử nghiệm)")
                                    .location(letter.place())
                                    .build()));
            record(manifest, written, SIGNED);
            join(docx);
            steps.addAll(docxStep);
            written.add(0, Path.of(DOCX));
            AtomicFile.write(file(ROOT_PEM), TestPki.pem(pki.root().certificate()).getBytes(StandardCharsets.US_ASCII));
            record(manifest, written, ROOT_PEM);
            VerificationReport verification = timed(steps, "verify (trusting only the demo root, offline)",
                    () -> Verifier.builder().trustAnchor(pki.root().certificate()).build().verify(file(SIGNED)));
            List<Path> pages = timed(steps, "write previews", () ->
                    PdfPreviews.write(file(SIGNED), PREVIEW_DPI, directory.resolve(PREVIEWS)));
            for (Path page : pages) {
                record(manifest, written, PREVIEWS + "/" + page.getFileName());
            }
            return new DemoReport(directory, written, signatures(verification, List.of(leader, seal)), steps);
        } finally {
            // Whatever failed, a DOCX that was written is ours: record it so a re-run may replace it.
            docx.handle((ignored, failure) -> failure).join();
            if (!docx.isCompletedExceptionally()) {
                manifest.record(DOCX);
            }
            manifest.save();
        }
    }

    private static void join(CompletableFuture<Void> task) {
        try {
            task.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** One line per signature (document time-stamps belong to the signature levels, not listed). */
    private static List<DemoReport.Signature> signatures(VerificationReport verification, List<SignResult> produced) {
        List<DemoReport.Signature> signatures = new ArrayList<>();
        for (SignatureReport r : verification.signatures()) {
            if (r.kind() == SignatureKind.DOCUMENT_TIMESTAMP) {
                continue;
            }
            PadesLevel requested = produced.stream().filter(p -> p.fieldName().equals(r.fieldName()))
                    .map(SignResult::level).findFirst().orElse(PadesLevel.B_B);
            signatures.add(new DemoReport.Signature(r.fieldName(),
                    r.signer().map(CertificateInfo::subject).orElse("(no signer certificate)"),
                    r.level(), requested, r.verdict(), r.reason().english()));
        }
        return signatures;
    }

    private List<String> existingPreviews() {
        Path previews = directory.resolve(PREVIEWS);
        if (!Files.isDirectory(previews)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(previews)) {
            return files.map(p -> PREVIEWS + "/" + p.getFileName())
                    .filter(name -> name.matches(PREVIEWS + "/page-\\d+\\.png"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + previews, e);
        }
    }

    private Path file(String name) {
        return directory.resolve(name);
    }

    private static void record(OutputManifest manifest, List<Path> written, String name) {
        manifest.record(name);
        written.add(Path.of(name));
    }

    private static <T> T timed(List<DemoReport.Step> steps, String name, Supplier<T> action) {
        long start = System.nanoTime();
        T result = action.get();
        steps.add(new DemoReport.Step(name, Duration.ofNanos(System.nanoTime() - start)));
        return result;
    }

    private static void timed(List<DemoReport.Step> steps, String name, Runnable action) {
        timed(steps, name, () -> {
            action.run();
            return Boolean.TRUE;
        });
    }

    /** Chooses the output directory, the number and date issued, and whether to overwrite. */
    public static final class Builder {
        private Path directory = Path.of("demo-out");
        private boolean force;
        private Optional<LocalDate> date = Optional.empty();
        private int number = 15;

        private Builder() {}

        /**
         * Sets the output directory, created if missing.
         *
         * @param directory the directory; default {@code demo-out}
         * @return this builder
         */
        public Builder outputDirectory(Path directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * Allows replacing files the demo did not write.
         *
         * @param force true to overwrite; default false
         * @return this builder
         */
        public Builder force(boolean force) {
            this.force = force;
            return this;
        }

        /**
         * Sets the date of issue (ngày ban hành).
         *
         * @param date the date; default today in Asia/Ho_Chi_Minh
         * @return this builder
         */
        public Builder issueDate(LocalDate date) {
            this.date = Optional.of(Objects.requireNonNull(date, "date"));
            return this;
        }

        /**
         * Sets the number issued (số).
         *
         * @param number a positive number; default 15
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder number(int number) {
            if (number < 1) {
                throw new IllegalArgumentException("number must be positive, was " + number);
            }
            this.number = number;
            return this;
        }

        /**
         * Builds the demo.
         *
         * @return the demo, ready to {@link Demo#run()}
         */
        public Demo build() {
            return new Demo(this);
        }
    }
}
